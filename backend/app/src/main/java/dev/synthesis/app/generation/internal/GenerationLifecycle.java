package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.JobLifecycle;
import dev.synthesis.app.jobs.progress.JobProgress;
import dev.synthesis.app.storage.ObjectStorage;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Marks a job running when its execution starts (also on restart) and cancelled or failed when it ends so. */
@Component
class GenerationLifecycle extends JobLifecycle {

    private final GenerationLedger ledger;
    private final ObjectStorage storage;
    private final WrittenRows written;

    GenerationLifecycle(GenerationLedger ledger, Cancellations cancellations, ObjectStorage storage, JobProgress progress,
            WrittenRows written) {
        super(GenerationJobConfiguration.KIND, cancellations, progress);
        this.ledger = ledger;
        this.written = written;
        this.storage = storage;
    }

    @Override
    protected long recordStart(UUID id, long jobExecutionId) {
        return ledger.started(id, jobExecutionId).rowCount();
    }

    @Override
    protected Rows recordEndWithoutOutput(UUID id, String failure) {
        GenerationRun run = ledger.find(id);
        discardOutput(run);
        if (failure == null) {
            ledger.cancelled(id);
        } else {
            ledger.failed(id, failure);
        }
        return new Rows(written.of(run), run.rowCount());
    }

    /**
     * Only parts whose partition started can exist, so a job cancelled early costs a few deletes,
     * not one per partition.
     */
    private void discardOutput(GenerationRun run) {
        written.partsStarted(run).forEach(part -> storage.delete(OutputParts.part(run, part)));
        storage.delete(OutputParts.report(run));
        storage.delete(OutputParts.manifest(run));
        if (run.tableSink()) {
            ledger.discardRows(run.id());
        }
    }

    @Override
    protected String stage(String stepName) {
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
}
