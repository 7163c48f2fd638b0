package dev.synthesis.app.training.internal;

import dev.synthesis.app.tenancy.TenantJobs;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TrainingJobConfiguration {

    static final String JOB_NAME = "training";

    @Bean
    Job trainingJob(JobRepository repository, Step trainStep) {
        return new JobBuilder(JOB_NAME, repository).start(trainStep).build();
    }

    @Bean
    Step trainStep(JobRepository repository, PlatformTransactionManager transactions, TrainingTasklet tasklet) {
        return new StepBuilder("train", repository)
                .tasklet(tasklet, transactions)
                .listener(new TenantJobs())
                .build();
    }

    /** Training runs off the request thread; two at a time keeps a 2-core machine responsive. */
    @Bean
    TaskExecutor trainingExecutor() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(100);
        executor.setThreadNamePrefix("training-");
        executor.initialize();
        return executor;
    }
}
