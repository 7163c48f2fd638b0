package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.JobErrors;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.tenancy.TenantJobs;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts the generation job for a queued run, with the tenant as a job parameter. */
@Component
public class GenerationJobLauncher {

    private final JobRunner runner;
    private final Job generationJob;
    private final GenerationLedger ledger;

    GenerationJobLauncher(JobRunner runner, @Qualifier("generationJob") Job generationJob, GenerationLedger ledger) {
        this.runner = runner;
        this.generationJob = generationJob;
        this.ledger = ledger;
    }

    public void launch(GenerationRun run) {
        var parameters = TenantJobs.withCurrentTenant(new JobParametersBuilder())
                .addString(PartTasklet.JOB_PARAMETER, run.id().toString())
                .addLong(GenerationJobConfiguration.ROWS, run.rowCount(), false)
                .addLong(GenerationJobConfiguration.PARTITIONS, (long) run.partitions(), false)
                .addString(GenerationJobConfiguration.SCORED, Boolean.toString(run.trainingRunId() != null), false)
                .toJobParameters();
        runner.start(run.id(), generationJob, parameters,
                refused -> ledger.failed(run.id(), JobErrors.describe("The job could not start", run.id(), refused)));
    }
}
