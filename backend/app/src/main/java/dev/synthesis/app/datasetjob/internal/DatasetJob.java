package dev.synthesis.app.datasetjob.internal;

import dev.synthesis.app.datasetjob.DatasetFormat;
import dev.synthesis.app.generation.GenerationStatus;
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
public class DatasetJob {

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

    @Enumerated(EnumType.STRING)
    private GenerationStatus status;

    @Column(name = "job_execution_id")
    private Long jobExecutionId;

    @Column(name = "output_prefix", nullable = false)
    private String outputPrefix;

    /** The engine's DatasetReport as JSON, once scored. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String report;

    @Column(name = "output_bytes")
    private Long outputBytes;

    private String error;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected DatasetJob() {}

    DatasetJob(UUID id, String tenantId, DatasetSource source, long seed, DatasetFormat format, PlannedOutput planned,
            String outputPrefix, String createdBy, Instant now) {
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
        this.status = GenerationStatus.QUEUED;
    }

    void started(long jobExecution, Instant now) {
        if (startedAt == null) {
            startedAt = now;
        }
        jobExecutionId = jobExecution;
        status = GenerationStatus.RUNNING;
        error = null;
    }

    void scored(String reportJson) {
        report = reportJson;
    }

    void completed(long bytes, Instant now) {
        status = GenerationStatus.COMPLETED;
        outputBytes = bytes;
        finishedAt = now;
    }

    void cancelled(Instant now) {
        discarded();
        status = GenerationStatus.CANCELLED;
        finishedAt = now;
    }

    void failed(String reason, Instant now) {
        discarded();
        error = reason;
        status = GenerationStatus.FAILED;
        finishedAt = now;
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

    public GenerationStatus status() {
        return status;
    }

    public Long jobExecutionId() {
        return jobExecutionId;
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

    public String error() {
        return error;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
