package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.JobErrors;
import dev.synthesis.app.jobs.JobRunner;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/** Starts the dataset jobs for queued runs and jobs, with the tenant as a job parameter. */
@Component
class DatasetJobLauncher {

    private final JobRunner runner;
    private final Job training;
    private final Job generation;
    private final DatasetLedger ledger;

    DatasetJobLauncher(JobRunner runner, @Qualifier("datasetTrainingJob") Job training,
            @Qualifier("datasetGenerationJob") Job generation, DatasetLedger ledger) {
        this.runner = runner;
        this.training = training;
        this.generation = generation;
        this.ledger = ledger;
    }

    void launchTraining(UUID runId) {
        var parameters = TenantJobs.withCurrentTenant(new JobParametersBuilder())
                .addString(DatasetJobConfiguration.RUN, runId.toString())
                .toJobParameters();
        runner.start(runId, training, parameters,
                refused -> ledger.trainingFailed(runId, JobErrors.describe("The run could not start", runId, refused)));
    }

    void launch(DatasetJob job) {
        var parameters = TenantJobs.withCurrentTenant(new JobParametersBuilder())
                .addString(DatasetJobConfiguration.JOB, job.id().toString())
                .addLong(DatasetJobConfiguration.PARTITIONS, (long) job.partitions(), false)
                .toJobParameters();
        runner.start(job.id(), generation, parameters,
                refused -> ledger.failed(job.id(), JobErrors.describe("The job could not start", job.id(), refused)));
    }
}
