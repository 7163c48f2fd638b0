package dev.synthesis.app.jobs;

import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many jobs an instance takes and how many threads do their work.
 *
 * @param maxQueued     jobs an instance holds at once, running or waiting for a worker thread; one
 *                      more is refused with 503 before anything of it is written
 * @param workerThreads threads for the jobs' CPU work (partitions, evaluation, training), shared
 *                      fairly between tenants; by default one per core
 */
@Validated
@ConfigurationProperties("synthesis.jobs")
public record JobSettings(@DefaultValue("300") @Positive int maxQueued, @Nullable @Positive Integer workerThreads) {

    public int workerThreadsOrCores() {
        return workerThreads != null ? workerThreads : Runtime.getRuntime().availableProcessors();
    }
}
