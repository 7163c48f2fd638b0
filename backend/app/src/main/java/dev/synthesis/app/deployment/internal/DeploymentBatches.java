package dev.synthesis.app.deployment.internal;

import org.springframework.data.repository.Repository;

/** Produced days of the current tenant's deployments. */
public interface DeploymentBatches extends Repository<DeploymentBatch, DeploymentBatch.Key> {

    DeploymentBatch save(DeploymentBatch batch);
}
