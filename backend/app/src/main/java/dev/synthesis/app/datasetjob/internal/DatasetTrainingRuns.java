package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.training.TrainingStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's dataset training runs. */
public interface DatasetTrainingRuns extends Repository<DatasetTrainingRun, UUID> {

    DatasetTrainingRun save(DatasetTrainingRun run);

    Optional<DatasetTrainingRun> findById(UUID id);

    Optional<DatasetTrainingRun> findFirstByDatasetIdOrderByCreatedAtDesc(UUID datasetId);

    @Query("""
            select r from DatasetTrainingRun r
            where r.datasetId = ?1 and r.datasetVersion = ?2 and r.status = dev.synthesis.app.training.TrainingStatus.COMPLETED
            order by r.finishedAt desc limit 1""")
    Optional<DatasetTrainingRun> latestCompleted(UUID datasetId, int version);

    List<DatasetTrainingRun> findByStatusInOrderByCreatedAt(Collection<TrainingStatus> statuses);

    long countByStatusIn(Collection<TrainingStatus> statuses);
}
