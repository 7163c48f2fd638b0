package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.JobErrors;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.app.storage.ObjectStorage;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/** Marks a job running when its execution starts (also on restart) and cancelled or failed when it ends so. */
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
            end(execution, "cancelled", ledger::cancelled);
        } else if (execution.getStatus() != BatchStatus.COMPLETED) {
            String error = JobErrors.describe(execution, id, GenerationLifecycle::stage);
            end(execution, "failed", failed -> ledger.failed(failed, error));
        }
        cancellations.forget(id);
    }

    /** Keeps no part of the output, records the end and tells the job's followers. */
    private void end(JobExecution execution, String phase, Consumer<UUID> record) {
        asTenant(execution, () -> {
            GenerationRun run = ledger.find(jobId(execution));
            discardOutput(run);
            record.accept(run.id());
            progress.publish(JobProgressEvent.phase(run.id(), phase, written.of(run), run.rowCount(), true));
            return null;
        });
    }

    /**
     * A job that did not complete keeps no part of its output: partial data would look like a
     * whole. Only parts whose partition started can exist, so a job cancelled early costs a few
     * deletes, not one per partition.
     */
    private void discardOutput(GenerationRun run) {
        written.partsStarted(run).forEach(part -> storage.delete(OutputParts.part(run, part)));
        storage.delete(OutputParts.report(run));
        storage.delete(OutputParts.manifest(run));
        if (run.tableSink()) {
            ledger.discardRows(run.id());
        }
    }

    private static String stage(String stepName) {
        if (stepName.startsWith("evaluate")) {
            return "The job failed while scoring its output";
        }
        if (stepName.startsWith("generate")) {
            return "The job failed while writing its output";
        }
        if (stepName.startsWith("complete")) {
            return "The job failed while signing its manifest";
        }
        return "The job failed";
    }

    private static UUID jobId(JobExecution execution) {
        return GenerationJobConfiguration.KIND.idOf(execution.getJobParameters());
    }

    private static <T> T asTenant(JobExecution execution, Supplier<T> work) {
        return TenantContext.callAs(TenantJobs.tenantOf(execution.getJobParameters()), work);
    }
}
