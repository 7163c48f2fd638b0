package dev.synthesis.app.training.internal;

import dev.synthesis.app.jobs.FairWork;
import dev.synthesis.app.jobs.JobErrors;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.jobs.StopCheck;
import dev.synthesis.app.jobs.recovery.JobHeartbeats;
import dev.synthesis.app.jobs.recovery.JobQueue;
import dev.synthesis.app.jobs.recovery.RecoverableJob;
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
    RecoverableJob recoverableTraining(@Qualifier("trainingJob") Job trainingJob, JobRunner runner, TrainingLedger ledger,
            TrainingJobLauncher launcher, JobQueue queue) {
        return new RecoverableJob(trainingJob, runner.threads(),
                (parameters, refused) -> {
                    UUID runId = UUID.fromString(parameters.getString(TrainingTasklet.RUN_PARAMETER));
                    ledger.failed(runId, JobErrors.describe("Training could not resume after its instance stopped", runId, refused));
                },
                id -> {
                    if (ledger.status(id) == TrainingStatus.QUEUED) {
                        launcher.launch(id);
                    } else {
                        queue.dropped(id);
                    }
                });
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
