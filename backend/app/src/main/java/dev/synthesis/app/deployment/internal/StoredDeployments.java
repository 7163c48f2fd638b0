package dev.synthesis.app.deployment.internal;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The current tenant's deployments. */
public interface StoredDeployments extends Repository<Deployment, UUID> {

    Deployment save(Deployment deployment);

    Optional<Deployment> findById(UUID id);

    /** Locks the row so the scheduler and a "run next" click cannot take the same day. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Deployment d where d.id = :id")
    Optional<Deployment> lock(UUID id);

    @Query("select b from DeploymentBatch b where b.key.deploymentId = :id order by b.key.day")
    List<DeploymentBatch> batches(UUID id);

    /** The batches of several deployments in one query, each deployment's in day order. */
    @Query("select b from DeploymentBatch b where b.key.deploymentId in :ids order by b.key.deploymentId, b.key.day")
    List<DeploymentBatch> batches(Collection<UUID> ids);

    Page<Deployment> findAll(Pageable pageable);

    Page<Deployment> findBySchemaId(UUID schemaId, Pageable pageable);
}
