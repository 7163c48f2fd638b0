package dev.synthesis.app.training.internal;

import dev.synthesis.app.jobs.FairWork;
import dev.synthesis.app.jobs.JobKind;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.jobs.StopCheck;
import dev.synthesis.app.jobs.recovery.JobHeartbeats;
import dev.synthesis.app.jobs.recovery.RecoverableJob;
import dev.synthesis.app.tenancy.TenantJobs;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class TrainingJobConfiguration {

    static final String JOB_NAME = "training";
    static final JobKind KIND = new JobKind("run", "Training");

    @Bean
    Job trainingJob(JobRepository repository, Step trainStep, JobHeartbeats heartbeats) {
        return new JobBuilder(JOB_NAME, repository).listener(heartbeats).start(trainStep).build();
    }

    /** Training whose instance died runs again from the start on the next instance to notice. */
    @Bean
    RecoverableJob recoverableTraining(@Qualifier("trainingJob") Job trainingJob, JobRunner runner, TrainingLedger ledger,
            TrainingJobLauncher launcher) {
        return runner.recoverable(trainingJob, KIND, ledger, launcher::launch);
    }

    /**
     * Fitting is CPU work like generation's partitions, so it is a task of the same worker threads
     * (see {@link FairWork}): one fair queue decides whose work runs next, and the cores are never
     * promised twice. Training cannot be cancelled.
     */
    @Bean
    Step trainStep(FairWork fair, JobRepository repository, PlatformTransactionManager transactions, TrainingTasklet tasklet) {
        return fair.once("train", TenantJobs.taskletStep("trainModel", repository, tasklet, transactions), StopCheck.NEVER);
    }
}
