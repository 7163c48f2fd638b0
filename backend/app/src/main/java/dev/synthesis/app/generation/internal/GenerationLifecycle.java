package dev.synthesis.app.generation.internal;

import dev.synthesis.app.progress.JobProgress;
import dev.synthesis.app.progress.JobProgressEvent;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Marks a job running when its execution starts (also on restart) and failed when it ends badly. */
@Component
class GenerationLifecycle implements JobExecutionListener {

    private final GenerationLedger ledger;
    private final Cancellations cancellations;
    private final ObjectStorage storage;
    private final JobProgress progress;
    private final WrittenRows written;

    GenerationLifecycle(GenerationLedger ledger, Cancellations cancellations, ObjectStorage storage, JobProgress progress,
            WrittenRows written) {
        this.ledger = ledger;
        this.written = written;
        this.cancellations = cancellations;
        this.storage = storage;
        this.progress = progress;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        asTenant(execution, () -> {
            GenerationRun run = ledger.started(jobId(execution), execution.getId());
            progress.started(run.id(), "generating", run.rowCount());
            return null;
        });
    }

    @Override
    public void afterJob(JobExecution execution) {
        UUID id = jobId(execution);
        if (asTenant(execution, () -> cancellations.isRequested(id))) {
            asTenant(execution, () -> {
                GenerationRun run = ledger.find(id);
                discardOutput(run);
                ledger.cancelled(id);
                progress.publish(JobProgressEvent.phase(id, "cancelled", written.of(run), run.rowCount(), true));
                return null;
            });
            cancellations.forget(id);
        } else if (execution.getStatus() != BatchStatus.COMPLETED) {
            String reason = execution.getAllFailureExceptions().stream().findFirst()
                    .map(Throwable::getMessage).orElse("the job ended as " + execution.getStatus());
            asTenant(execution, () -> {
                GenerationRun run = ledger.find(id);
                discardOutput(run);
                ledger.failed(id, reason);
                progress.publish(JobProgressEvent.phase(id, "failed", written.of(run), run.rowCount(), true));
                return null;
            });
        }
    }

    /** A job that did not complete keeps no part of its output: partial data would look like a whole. */
    private void discardOutput(GenerationRun run) {
        for (int part = 0; part < run.partitions(); part++) {
            storage.delete(OutputParts.part(run, part));
        }
        storage.delete(OutputParts.report(run));
        if (run.tableSink()) {
            ledger.discardRows(run.id());
        }
    }

    private static UUID jobId(JobExecution execution) {
        return UUID.fromString(execution.getJobParameters().getString(PartTasklet.JOB_PARAMETER));
    }

    private static <T> T asTenant(JobExecution execution, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(new TenantId(execution.getJobParameters().getString(TenantJobs.PARAMETER)), work);
    }
}
