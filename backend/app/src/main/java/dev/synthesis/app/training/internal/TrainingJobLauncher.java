package dev.synthesis.app.training.internal;

import dev.synthesis.app.recovery.JobQueue;
import dev.synthesis.app.tenancy.TenantJobStarter;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/** Starts the training job for a run on a worker thread, carrying the tenant as a job parameter. */
@Component
public class TrainingJobLauncher {

    private static final Logger log = LoggerFactory.getLogger(TrainingJobLauncher.class);

    private final TenantJobStarter jobs;
    private final Job trainingJob;
    private final TaskExecutor executor;
    private final TrainingLedger ledger;
    private final JobQueue queue;

    TrainingJobLauncher(TenantJobStarter jobs, @Qualifier("trainingJob") Job trainingJob,
            @Qualifier("trainingExecutor") TaskExecutor executor, TrainingLedger ledger, JobQueue queue) {
        this.queue = queue;
        this.jobs = jobs;
        this.trainingJob = trainingJob;
        this.executor = executor;
        this.ledger = ledger;
    }

    public void launch(UUID runId) {
        var parameters = TenantJobs.withCurrentTenant(new JobParametersBuilder())
                .addString(TrainingTasklet.RUN_PARAMETER, runId.toString())
                .toJobParameters();
        queue.queued(trainingJob.getName(), runId);
        jobs.startAsync(executor, trainingJob, parameters, refused -> {
            log.error("Training run {} could not start", runId, refused);
            queue.dropped(runId);
            ledger.failed(runId, "the job could not start: " + refused.getMessage());
        });
    }
}
