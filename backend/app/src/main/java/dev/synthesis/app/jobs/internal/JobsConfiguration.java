package dev.synthesis.app.jobs.internal;

import dev.synthesis.app.jobs.JobSettings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    /** One per instance, for generation and training alike: they compete for the same cores. */
    @Bean
    FairExecutor jobWorkers(JobSettings settings) {
        return new FairExecutor(settings.workerThreadsOrCores());
    }
}
