package dev.synthesis.app.datasetjob.internal;

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

/** Marks a dataset job running when its execution starts (also on restart) and cancelled or failed, without output, when it ends so. */
@Component
class DatasetLifecycle implements JobExecutionListener {

    private final DatasetLedger ledger;
    private final DatasetPlans plans;
    private final DatasetCancellations cancellations;
    private final ObjectStorage storage;
    private final JobProgress progress;
    private final DatasetRowsWritten written;

    DatasetLifecycle(DatasetLedger ledger, DatasetPlans plans, DatasetCancellations cancellations, ObjectStorage storage,
            JobProgress progress, DatasetRowsWritten written) {
        this.ledger = ledger;
        this.plans = plans;
        this.cancellations = cancellations;
        this.storage = storage;
        this.progress = progress;
        this.written = written;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        asTenant(execution, () -> {
            DatasetJob job = ledger.started(jobId(execution), execution.getId());
            progress.started(job.id(), "generating", job.rowCount());
            return null;
        });
    }

    @Override
    public void afterJob(JobExecution execution) {
        UUID id = jobId(execution);
        if (asTenant(execution, () -> cancellations.isRequested(id))) {
            end(execution, "cancelled", ledger::cancelled);
        } else if (execution.getStatus() != BatchStatus.COMPLETED) {
            String error = JobErrors.describe(execution, id, DatasetLifecycle::stage);
            end(execution, "failed", failed -> ledger.failed(failed, error));
        }
        cancellations.forget(id);
    }

    private void end(JobExecution execution, String phase, Consumer<UUID> record) {
        asTenant(execution, () -> {
            DatasetJob job = ledger.find(jobId(execution));
            discardOutput(job);
            record.accept(job.id());
            progress.publish(JobProgressEvent.phase(job.id(), phase, written.of(job), job.rowCount(), true));
            return null;
        });
    }

    /** A job that did not complete keeps no part of its output: a partial dataset would look like a whole one. */
    private void discardOutput(DatasetJob job) {
        // the plan names every table (its rows per table), and the model may be what failed to load
        int tables = plans.read(job).rowsPerTable().size();
        for (int part : written.partsStarted(job)) {
            for (int table = 0; table < tables; table++) {
                storage.delete(DatasetOutput.part(job, table, part));
            }
        }
        storage.delete(DatasetOutput.manifest(job));
    }

    private static String stage(String stepName) {
        if (stepName.startsWith("evaluate") || stepName.startsWith("score")) {
            return "The job failed while scoring the dataset";
        }
        if (stepName.startsWith("generate") || stepName.startsWith(DatasetJobConfiguration.PART_STEP)) {
            return "The job failed while writing the dataset";
        }
        if (stepName.startsWith("complete")) {
            return "The job failed while signing its manifest";
        }
        return "The job failed";
    }

    private static UUID jobId(JobExecution execution) {
        return DatasetJobConfiguration.GENERATION.idOf(execution.getJobParameters());
    }

    private static <T> T asTenant(JobExecution execution, Supplier<T> work) {
        return TenantContext.callAs(TenantJobs.tenantOf(execution.getJobParameters()), work);
    }
}
