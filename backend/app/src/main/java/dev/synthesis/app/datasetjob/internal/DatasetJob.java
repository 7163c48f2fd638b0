package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetFormat;
import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.jobs.JobRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One dataset generation request, its plan and its outcome. */
@Entity
@Table(name = "dataset_jobs")
public class DatasetJob extends JobRecord<GenerationStatus> {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "dataset_id", nullable = false)
    private UUID datasetId;

    @Column(name = "dataset_version", nullable = false)
    private int datasetVersion;

    @Column(name = "training_run_id")
    private UUID trainingRunId;

    private long seed;

    @Enumerated(EnumType.STRING)
    private DatasetFormat format;

    /** The engine's DatasetPlan as JSON: fixed at acceptance, so a rerun part writes exactly its rows. */
    @Column(columnDefinition = "jsonb", nullable = false)
    @ColumnTransformer(write = "?::jsonb")
    private String plan;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    private int partitions;

    @Column(name = "output_prefix", nullable = false)
    private String outputPrefix;

    /** The engine's DatasetReport as JSON, once scored. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String report;

    @Column(name = "output_bytes")
    private Long outputBytes;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected DatasetJob() {}

    DatasetJob(UUID id, String tenantId, DatasetSource source, long seed, DatasetFormat format, PlannedOutput planned,
            String outputPrefix, String createdBy, Instant now) {
        super(GenerationStatus.QUEUED);
        this.id = id;
        this.tenantId = tenantId;
        this.datasetId = source.datasetId();
        this.datasetVersion = source.datasetVersion();
        this.trainingRunId = source.trainingRunId();
        this.seed = seed;
        this.format = format;
        this.plan = planned.json();
        this.rowCount = planned.rows();
        this.partitions = planned.parts();
        this.outputPrefix = outputPrefix;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void started(long jobExecution, Instant now) {
        run(GenerationStatus.RUNNING, jobExecution, now);
    }

    void scored(String reportJson) {
        report = reportJson;
    }

    void completed(long bytes, Instant now) {
        outputBytes = bytes;
        end(GenerationStatus.COMPLETED, now);
    }

    void cancelled(Instant now) {
        discarded();
        end(GenerationStatus.CANCELLED, now);
    }

    void failed(String reason, Instant now) {
        discarded();
        fail(GenerationStatus.FAILED, reason, now);
    }

    /** A job that keeps no output keeps no report (it would describe data that is gone) and takes no storage. */
    private void discarded() {
        report = null;
        outputBytes = null;
    }

    public UUID id() {
        return id;
    }

    public DatasetSource source() {
        return new DatasetSource(datasetId, datasetVersion, trainingRunId);
    }

    public long seed() {
        return seed;
    }

    public DatasetFormat format() {
        return format;
    }

    public String plan() {
        return plan;
    }

    public long rowCount() {
        return rowCount;
    }

    public int partitions() {
        return partitions;
    }

    public String outputPrefix() {
        return outputPrefix;
    }

    public String report() {
        return report;
    }

    public Long outputBytes() {
        return outputBytes;
    }

    public Instant createdAt() {
        return createdAt;
    }

}
