package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.generation.GenerationStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The current tenant's dataset generation jobs. */
public interface DatasetJobs extends Repository<DatasetJob, UUID> {

    DatasetJob save(DatasetJob job);

    Optional<DatasetJob> findById(UUID id);

    Page<DatasetJob> findAll(Pageable pageable);

    Page<DatasetJob> findByDatasetId(UUID datasetId, Pageable pageable);

    List<DatasetJob> findByStatusInOrderByCreatedAt(Collection<GenerationStatus> statuses);

    long countByStatusIn(Collection<GenerationStatus> statuses);
}
