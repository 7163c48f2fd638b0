package dev.synthesis.app.training.internal;

import dev.synthesis.app.training.TrainingStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The current tenant's training runs. */
public interface TrainingRuns extends Repository<TrainingRun, UUID> {

    TrainingRun save(TrainingRun run);

    /** Writes pending changes now: rows that refer to a run just saved need it in the table first. */
    void flush();

    Optional<TrainingRun> findById(UUID id);

    Page<TrainingRun> findAll(Pageable pageable);

    Page<TrainingRun> findBySchemaId(UUID schemaId, Pageable pageable);

    List<TrainingRun> findByStatusInOrderByCreatedAt(Collection<TrainingStatus> statuses);

    long countByStatusIn(Collection<TrainingStatus> statuses);

    /** The newest finished model of exactly this schema version, the one previews and generation use. */
    @Query("""
            select r from TrainingRun r where r.schemaId = :schemaId and r.schemaVersion = :version
            and r.status = dev.synthesis.app.training.TrainingStatus.COMPLETED order by r.finishedAt desc limit 1""")
    Optional<TrainingRun> latestCompleted(UUID schemaId, int version);
}
