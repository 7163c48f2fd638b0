package dev.synthesis.app.jobs.internal;

import dev.synthesis.app.jobs.JobSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    /** One per instance, for generation and training alike: they compete for the same cores. */
    @Bean
    FairExecutor jobWorkers(JobSettings settings) {
        return new FairExecutor(settings.workerThreadsOrCores(), "job-worker-");
    }

    /** Without remote partitioning, a job's partitions are tasks of the instance's worker threads. */
    @Bean
    @ConditionalOnProperty(name = "synthesis.jobs.remote.enabled", havingValue = "false", matchIfMissing = true)
    PartitionDistribution localDistribution(FairExecutor jobWorkers) {
        return new PartitionDistribution(jobWorkers, PartitionRunner.LOCAL);
    }
}
