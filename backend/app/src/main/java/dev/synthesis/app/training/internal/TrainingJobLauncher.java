package dev.synthesis.app.training.internal;

import dev.synthesis.app.jobs.JobErrors;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts the training job for a run, carrying the tenant as a job parameter. */
@Component
public class TrainingJobLauncher {

    private final JobRunner runner;
    private final Job trainingJob;
    private final TrainingLedger ledger;

    TrainingJobLauncher(JobRunner runner, @Qualifier("trainingJob") Job trainingJob, TrainingLedger ledger) {
        this.runner = runner;
        this.trainingJob = trainingJob;
        this.ledger = ledger;
    }

    public void launch(UUID runId) {
        var parameters = TenantJobs.withCurrentTenant(new JobParametersBuilder())
                .addString(TrainingTasklet.RUN_PARAMETER, runId.toString())
                .toJobParameters();
        runner.start(runId, trainingJob, parameters,
                refused -> ledger.failed(runId, JobErrors.describe("Training could not start", runId, refused)));
    }
}
