package dev.synthesis.app.training.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of the proposal's model_metadata: the model chosen for one field of a training run. */
@Entity
@Table(name = "model_metadata")
public class FieldModelRecord {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private String tenantId;

    @Column(name = "schema_id", nullable = false)
    private UUID schemaId;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Column(name = "training_run_id", nullable = false)
    private UUID trainingRunId;

    @Column(name = "field_name")
    private String fieldName;

    @Column(name = "model_type", nullable = false)
    private String modelType;

    @Column(name = "training_metrics", columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String trainingMetrics;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FieldModelRecord() {}

    public FieldModelRecord(String tenantId, TrainingRun run, String fieldName, String modelType,
            String trainingMetrics, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.schemaId = run.schemaId();
        this.schemaVersion = run.schemaVersion();
        this.trainingRunId = run.id();
        this.fieldName = fieldName;
        this.modelType = modelType;
        this.trainingMetrics = trainingMetrics;
        this.createdAt = createdAt;
    }

    public String fieldName() {
        return fieldName;
    }

    public String modelType() {
        return modelType;
    }

    public String trainingMetrics() {
        return trainingMetrics;
    }
}
