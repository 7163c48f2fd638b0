package dev.synthesis.app.jobs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Spring Batch remote partitioning: whether generation partitions travel over the broker to
 * worker processes instead of running on this instance's threads.
 *
 * @param enabled   partitions go to the broker; off, every partition runs where its job runs
 * @param brokerUrl the ActiveMQ Artemis broker (core protocol URL)
 * @param user      the broker user
 * @param password  its password
 * @param inFlight  partitions this instance has out on the broker at once, handed out from its fair
 *                  queue, so a large job cannot fill the broker ahead of other tenants' jobs
 * @param consumers partitions this process runs at once for any instance; 0 makes it a manager
 *                  only; by default one per core
 */
@Validated
@ConfigurationProperties("synthesis.jobs.remote")
public record RemotePartitionSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("tcp://localhost:61616") @NotBlank String brokerUrl,
        @DefaultValue("synthesis") String user,
        @Nullable String password,
        @DefaultValue("16") @Positive int inFlight,
        @Nullable @PositiveOrZero Integer consumers) {

    public int consumersOrCores() {
        return consumers != null ? consumers : Runtime.getRuntime().availableProcessors();
    }
}
