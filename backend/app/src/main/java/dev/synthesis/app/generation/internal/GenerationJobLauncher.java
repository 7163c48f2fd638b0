package dev.synthesis.app.generation.internal;

import dev.synthesis.app.recovery.JobQueue;
import dev.synthesis.app.tenancy.TenantJobStarter;
import dev.synthesis.app.tenancy.TenantJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/** Starts the generation job for a queued run on a worker thread, with the tenant as a job parameter. */
@Component
public class GenerationJobLauncher {

    private static final Logger log = LoggerFactory.getLogger(GenerationJobLauncher.class);

    private final TenantJobStarter jobs;
    private final Job generationJob;
    private final TaskExecutor executor;
    private final GenerationLedger ledger;
    private final JobQueue queue;

    GenerationJobLauncher(TenantJobStarter jobs, @Qualifier("generationJob") Job generationJob,
            @Qualifier("generationExecutor") TaskExecutor executor, GenerationLedger ledger, JobQueue queue) {
        this.queue = queue;
        this.jobs = jobs;
        this.generationJob = generationJob;
        this.executor = executor;
        this.ledger = ledger;
    }

    public void launch(GenerationRun run) {
        var parameters = TenantJobs.withCurrentTenant(new JobParametersBuilder())
                .addString(PartTasklet.JOB_PARAMETER, run.id().toString())
                .addLong(GenerationJobConfiguration.ROWS, run.rowCount(), false)
                .addLong(GenerationJobConfiguration.PARTITIONS, (long) run.partitions(), false)
                .toJobParameters();
        queue.queued(generationJob.getName(), run.id());
        jobs.startAsync(executor, generationJob, parameters, refused -> {
            log.error("Generation job {} could not start", run.id(), refused);
            queue.dropped(run.id());
            ledger.failed(run.id(), "the job could not start: " + refused.getMessage());
        });
    }
}
