package dev.synthesis.app.deployment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One produced day of a deployment. */
@Entity
@Table(name = "deployment_batches")
public class DeploymentBatch {

    @Embeddable
    public record Key(@Column(name = "deployment_id") UUID deploymentId, @Column(name = "day") int day) implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "batch_date", nullable = false)
    private LocalDate batchDate;

    @Column(name = "generation_job_id", nullable = false)
    private UUID generationJobId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DeploymentBatch() {}

    public DeploymentBatch(Key key, String tenantId, LocalDate batchDate, UUID generationJobId, Instant createdAt) {
        this.key = key;
        this.tenantId = tenantId;
        this.batchDate = batchDate;
        this.generationJobId = generationJobId;
        this.createdAt = createdAt;
    }

    public UUID deploymentId() {
        return key.deploymentId();
    }

    public int day() {
        return key.day();
    }

    public LocalDate batchDate() {
        return batchDate;
    }

    public UUID generationJobId() {
        return generationJobId;
    }
}
