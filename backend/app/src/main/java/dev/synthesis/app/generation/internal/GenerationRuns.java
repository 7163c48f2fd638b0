package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationStatus;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/** The current tenant's generation jobs. */
public interface GenerationRuns extends Repository<GenerationRun, UUID> {

    GenerationRun save(GenerationRun run);

    Optional<GenerationRun> findById(UUID id);

    Page<GenerationRun> findAll(Pageable pageable);

    Page<GenerationRun> findBySchemaId(UUID schemaId, Pageable pageable);

    List<GenerationRun> findByIdIn(Collection<UUID> ids);

    List<GenerationRun> findByStatusInOrderByCreatedAt(Collection<GenerationStatus> statuses);

    long countByStatusIn(Collection<GenerationStatus> statuses);
}
