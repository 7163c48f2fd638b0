package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetTrainingRunId;
import dev.synthesis.app.datasetjob.DatasetTrainingView;
import dev.synthesis.app.jobs.JobRecord;
import dev.synthesis.app.training.TrainingStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One dataset training request and its outcome. */
@Entity
@Table(name = "dataset_training_runs")
public class DatasetTrainingRun extends JobRecord<TrainingStatus> {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "dataset_id", nullable = false)
    private UUID datasetId;

    @Column(name = "dataset_version", nullable = false)
    private int datasetVersion;

    /** Table name to seed id, as JSON (see {@link SeedChoice}). */
    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String seeds;

    @Column(name = "model_key")
    private String modelKey;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DatasetTrainingRun() {}

    public DatasetTrainingRun(UUID id, String tenantId, UUID datasetId, int datasetVersion, String seeds, String createdBy,
            Instant now) {
        super(TrainingStatus.QUEUED);
        this.id = id;
        this.tenantId = tenantId;
        this.datasetId = datasetId;
        this.datasetVersion = datasetVersion;
        this.seeds = seeds;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void started(long jobExecution, Instant now) {
        run(TrainingStatus.RUNNING, jobExecution, now);
    }

    void completed(String key, Instant now) {
        modelKey = key;
        end(TrainingStatus.COMPLETED, now);
    }

    void failed(String reason, Instant now) {
        fail(TrainingStatus.FAILED, reason, now);
    }

    public UUID id() {
        return id;
    }

    public UUID datasetId() {
        return datasetId;
    }

    public int datasetVersion() {
        return datasetVersion;
    }

    public String seeds() {
        return seeds;
    }

    public String modelKey() {
        return modelKey;
    }

    public Instant createdAt() {
        return createdAt;
    }

    DatasetTrainingView view(Map<String, UUID> seedsByTable) {
        return new DatasetTrainingView(new DatasetTrainingRunId(id), datasetId, datasetVersion, seedsByTable, status(), error(),
                createdAt, startedAt(), finishedAt());
    }
}
