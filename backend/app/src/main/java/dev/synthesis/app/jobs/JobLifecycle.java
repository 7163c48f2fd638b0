package dev.synthesis.app.jobs;

import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;

/**
 * A job's life on its kind's table, for kinds that write rows and keep no output unless they
 * complete: running when its execution starts (also when it resumes), and cancelled or failed,
 * without output, when it ends so, with the last progress event for its followers. The kind says
 * how its ledger records each of these; the tenant, the cancel check, the tenant's error text
 * and the events are the same for every kind.
 */
public abstract class JobLifecycle implements JobExecutionListener {

    private final JobKind kind;
    private final CancelRequests cancellations;
    private final JobProgress progress;

    protected JobLifecycle(JobKind kind, CancelRequests cancellations, JobProgress progress) {
        this.kind = kind;
        this.cancellations = cancellations;
        this.progress = progress;
    }

    /** Records that the job's execution started; returns the rows the job writes. */
    protected abstract long recordStart(UUID id, long jobExecutionId);

    /**
     * Keeps no part of the job's output (partial data would look like a whole) and records its end:
     * cancelled when {@code failure} is null, else failed with that text.
     */
    protected abstract Rows recordEndWithoutOutput(UUID id, String failure);

    /** What failed, as a sentence for the tenant, from the name of the step that failed. */
    protected abstract String stage(String stepName);

    /** A job's rows at its end: written so far and asked for. */
    public record Rows(long written, long total) {}

    @Override
    public void beforeJob(JobExecution execution) {
        UUID id = kind.idOf(execution.getJobParameters());
        asTenant(execution, () -> {
            progress.started(id, "generating", recordStart(id, execution.getId()));
            return null;
        });
    }

    @Override
    public void afterJob(JobExecution execution) {
        UUID id = kind.idOf(execution.getJobParameters());
        if (asTenant(execution, () -> cancellations.isRequested(id))) {
            end(execution, id, "cancelled", null);
        } else if (execution.getStatus() != BatchStatus.COMPLETED) {
            end(execution, id, "failed", JobErrors.describe(execution, id, this::stage));
        }
        cancellations.forget(id);
    }

    private void end(JobExecution execution, UUID id, String phase, String failure) {
        asTenant(execution, () -> {
            Rows rows = recordEndWithoutOutput(id, failure);
            progress.publish(JobProgressEvent.phase(id, phase, rows.written(), rows.total(), true));
            return null;
        });
    }

    private static <T> T asTenant(JobExecution execution, Supplier<T> work) {
        return TenantContext.callAs(TenantJobs.tenantOf(execution.getJobParameters()), work);
    }
}
