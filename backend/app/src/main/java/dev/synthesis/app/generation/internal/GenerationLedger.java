package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationJobId;
import dev.synthesis.app.generation.GenerationNotFound;
import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.jobs.JobLedger;
import dev.synthesis.app.quota.UsageLedger;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a job's progress in transactions of its own, visible while the job's steps still run.
 * A job's end is counted against its tenant's usage in the transaction that records it, and only
 * once: a step that runs again after a crash finds that end already recorded.
 */
@Component
class GenerationLedger implements JobLedger {

    private final GenerationRuns runs;
    private final WrittenRows written;
    private final UsageLedger usage;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    GenerationLedger(GenerationRuns runs, WrittenRows written, UsageLedger usage, Clock clock) {
        this.runs = runs;
        this.written = written;
        this.usage = usage;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public GenerationRun started(UUID id, long jobExecutionId) {
        GenerationRun run = find(id);
        run.started(jobExecutionId, clock.instant());
        return runs.save(run);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void scored(UUID id, String reportKey, BigDecimal quality, BigDecimal privacy) {
        GenerationRun run = find(id);
        run.scored(reportKey, quality, privacy);
        runs.save(run);
    }

    /** The job's output, {@code outputBytes} in the object store, counts towards its tenant's storage. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public GenerationRun completed(UUID id, long outputBytes) {
        GenerationRun run = find(id);
        if (run.status() != GenerationStatus.COMPLETED) {
            usage.stored(outputBytes);
        }
        run.completed(outputBytes, clock.instant());
        return runs.save(run);
    }

    /** Removes whatever rows the job's partitions wrote to synthetic_data. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void discardRows(UUID id) {
        entityManager.createNativeQuery("delete from synthetic_data where generation_job_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void cancelled(UUID id) {
        GenerationRun run = find(id);
        outputDiscarded(run);
        run.cancelled(clock.instant());
        runs.save(run);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(UUID id, String reason) {
        GenerationRun run = find(id);
        outputDiscarded(run);
        run.failed(reason, clock.instant());
        runs.save(run);
    }

    /**
     * A job whose output is discarded is charged for the rows it generated only, and keeps no
     * table rows or stored bytes (a job cancelled as it completed had counted its output). A job
     * that already ended without output gave all this back then.
     */
    private void outputDiscarded(GenerationRun run) {
        if (run.status() == GenerationStatus.CANCELLED || run.status() == GenerationStatus.FAILED) {
            return;
        }
        usage.giveBack(run.createdAt(), run.rowCount() - written.of(run), run.tableSink() ? run.rowCount() : 0);
        if (run.outputBytes() != null) {
            usage.releaseStorage(run.outputBytes());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isQueued(UUID id) {
        return find(id).status() == GenerationStatus.QUEUED;
    }

    @Transactional(readOnly = true)
    public GenerationRun find(UUID id) {
        return runs.findById(id).orElseThrow(() -> new GenerationNotFound(new GenerationJobId(id)));
    }
}
