package dev.synthesis.app.training.internal;

import dev.synthesis.app.recovery.JobHeartbeats;
import dev.synthesis.app.recovery.JobQueue;
import dev.synthesis.app.recovery.RecoverableJob;
import dev.synthesis.app.tenancy.TenantJobs;
import dev.synthesis.app.training.TrainingStatus;
import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TrainingJobConfiguration {

    static final String JOB_NAME = "training";

    @Bean
    Job trainingJob(JobRepository repository, Step trainStep, JobHeartbeats heartbeats) {
        return new JobBuilder(JOB_NAME, repository).listener(heartbeats).start(trainStep).build();
    }

    /** Training whose instance died runs again from the start on the next instance to notice. */
    @Bean
    RecoverableJob recoverableTraining(@Qualifier("trainingJob") Job trainingJob,
            @Qualifier("trainingExecutor") TaskExecutor executor, TrainingLedger ledger, TrainingJobLauncher launcher,
            JobQueue queue) {
        return new RecoverableJob(trainingJob, executor,
                (parameters, refused) -> ledger.failed(UUID.fromString(parameters.getString(TrainingTasklet.RUN_PARAMETER)),
                        "training could not resume after its instance stopped: " + refused.getMessage()),
                id -> {
                    if (ledger.status(id) == TrainingStatus.QUEUED) {
                        launcher.launch(id);
                    } else {
                        queue.dropped(id);
                    }
                });
    }

    @Bean
    Step trainStep(JobRepository repository, PlatformTransactionManager transactions, TrainingTasklet tasklet) {
        return TenantJobs.taskletStep("train", repository, tasklet, transactions);
    }

    /** Training runs off the request thread; two at a time keeps a 2-core machine responsive. */
    @Bean
    ThreadPoolTaskExecutor trainingExecutor() {
        return new ThreadPoolTaskExecutorBuilder().corePoolSize(2).maxPoolSize(2).queueCapacity(100)
                .threadNamePrefix("training-").build();
    }
}
