package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.jobs.JobLifecycle;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.storage.ObjectStorage;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Marks a dataset job running when its execution starts (also on restart) and cancelled or failed, without output, when it ends so. */
@Component
class DatasetLifecycle extends JobLifecycle {

    private final DatasetLedger ledger;
    private final DatasetPlans plans;
    private final ObjectStorage storage;
    private final DatasetRowsWritten written;

    DatasetLifecycle(DatasetLedger ledger, DatasetPlans plans, DatasetCancellations cancellations, ObjectStorage storage,
            JobProgress progress, DatasetRowsWritten written) {
        super(DatasetJobConfiguration.GENERATION, cancellations, progress);
        this.ledger = ledger;
        this.plans = plans;
        this.storage = storage;
        this.written = written;
    }

    @Override
    protected long recordStart(UUID id, long jobExecutionId) {
        return ledger.started(id, jobExecutionId).rowCount();
    }

    @Override
    protected Rows recordEndWithoutOutput(UUID id, String failure) {
        DatasetJob job = ledger.find(id);
        discardOutput(job);
        if (failure == null) {
            ledger.cancelled(id);
        } else {
            ledger.failed(id, failure);
        }
        return new Rows(written.of(job), job.rowCount());
    }

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

    @Override
    protected String stage(String stepName) {
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
}
