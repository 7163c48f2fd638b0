package dev.synthesis.app.generation.internal;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Resumes generation jobs that a crash interrupted. At start nothing of this instance runs yet, so
 * an execution the repository still holds as running was abandoned: it is marked failed and the
 * job started again with the same parameters. Spring Batch then skips the partitions that had
 * completed and reruns the rest from their first row, so no row is lost or written twice.
 * This assumes one application instance; several need a heartbeat to tell the dead from the busy.
 */
@Component
class GenerationRecovery {

    private static final Logger log = LoggerFactory.getLogger(GenerationRecovery.class);

    private final JobRepository repository;
    private final JobOperator jobs;
    private final Job generationJob;
    private final TaskExecutor executor;
    private final GenerationLedger ledger;

    GenerationRecovery(JobRepository repository, JobOperator jobs, @Qualifier("generationJob") Job generationJob,
            @Qualifier("generationExecutor") TaskExecutor executor, GenerationLedger ledger) {
        this.repository = repository;
        this.jobs = jobs;
        this.generationJob = generationJob;
        this.executor = executor;
        this.ledger = ledger;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeInterruptedJobs() {
        repository.findRunningJobExecutions(generationJob.getName()).forEach(this::resume);
    }

    private void resume(JobExecution interrupted) {
        UUID id = UUID.fromString(interrupted.getJobParameters().getString(PartTasklet.JOB_PARAMETER));
        TenantId tenant = new TenantId(interrupted.getJobParameters().getString(TenantJobs.PARAMETER));
        log.info("Resuming generation job {} of tenant {} (execution {} was interrupted)", id, tenant, interrupted.getId());
        jobs.recover(interrupted);
        TenantContext.callAs(tenant, () -> {
            TenantJobs.startAsync(jobs, executor, generationJob, interrupted.getJobParameters(), refused -> {
                log.error("Generation job {} could not resume", id, refused);
                ledger.failed(id, "the job could not resume after an interruption: " + refused.getMessage());
            });
            return null;
        });
    }
}
