package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationJobId;
import dev.synthesis.app.generation.GenerationNotFound;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a job's progress in transactions of its own, visible while the job's steps still run. */
@Component
class GenerationLedger {

    private final GenerationRuns runs;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    GenerationLedger(GenerationRuns runs, Clock clock) {
        this.runs = runs;
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

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public GenerationRun completed(UUID id) {
        GenerationRun run = find(id);
        run.completed(clock.instant());
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
        run.cancelled(clock.instant());
        runs.save(run);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(UUID id, String reason) {
        GenerationRun run = find(id);
        run.failed(reason, clock.instant());
        runs.save(run);
    }

    @Transactional(readOnly = true)
    public GenerationRun find(UUID id) {
        return runs.findById(id).orElseThrow(() -> new GenerationNotFound(new GenerationJobId(id)));
    }
}
