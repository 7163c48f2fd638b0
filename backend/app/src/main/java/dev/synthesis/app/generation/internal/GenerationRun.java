package dev.synthesis.app.generation.internal;

import dev.synthesis.app.generation.GenerationJobId;
import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.generation.GenerationView;
import dev.synthesis.app.jobs.JobRecord;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One generation request and its outcome. */
@Entity
@Table(name = "generation_jobs")
public class GenerationRun extends JobRecord<GenerationStatus> {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "schema_id", nullable = false)
    private UUID schemaId;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Column(name = "training_run_id")
    private UUID trainingRunId;

    @Column(name = "row_count", nullable = false)
    private long rowCount;

    private long seed;
    private String format;
    private boolean gzip;
    private int partitions;

    @Column(name = "table_sink", nullable = false)
    private boolean tableSink;

    @Column(name = "real_share", nullable = false)
    private double realShare;

    @Column(name = "first_row", nullable = false)
    private long firstRow;

    @Column(name = "stamp_field")
    private String stampField;

    @Column(name = "stamp_date")
    private LocalDate stampDate;

    @Column(name = "output_prefix", nullable = false)
    private String outputPrefix;

    @Column(name = "report_key")
    private String reportKey;

    @Column(name = "quality_score")
    private BigDecimal qualityScore;

    @Column(name = "privacy_score")
    private BigDecimal privacyScore;

    @Column(name = "output_bytes")
    private Long outputBytes;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GenerationRun() {}

    public GenerationRun(GenerationRequestRecord request, String tenantId, String outputPrefix, Instant now) {
        super(GenerationStatus.QUEUED);
        this.id = request.id();
        this.tenantId = tenantId;
        this.schemaId = request.schemaId();
        this.schemaVersion = request.schemaVersion();
        this.trainingRunId = request.trainingRunId();
        this.rowCount = request.rows();
        this.seed = request.seed();
        this.format = request.format();
        this.gzip = request.gzip();
        this.partitions = request.partitions();
        this.tableSink = request.tableSink();
        this.realShare = request.realShare();
        this.firstRow = request.firstRow();
        this.stampField = request.stampField();
        this.stampDate = request.stampDate();
        this.outputPrefix = outputPrefix;
        this.createdBy = request.createdBy();
        this.createdAt = now;
    }

    void started(long jobExecution, Instant now) {
        run(GenerationStatus.RUNNING, jobExecution, now);
    }

    /** Scores come before the rows: they are measured on the output's first rows, regenerated. */
    void scored(String report, BigDecimal quality, BigDecimal privacy) {
        reportKey = report;
        qualityScore = quality;
        privacyScore = privacy;
    }

    void completed(long bytes, Instant now) {
        outputBytes = bytes;
        end(GenerationStatus.COMPLETED, now);
    }

    void cancelled(Instant now) {
        unscored();
        end(GenerationStatus.CANCELLED, now);
    }

    void failed(String reason, Instant now) {
        unscored();
        fail(GenerationStatus.FAILED, reason, now);
    }

    /** A job that keeps no output keeps no scores (they would describe data that is gone) and takes no storage. */
    private void unscored() {
        scored(null, null, null);
        outputBytes = null;
    }

    public UUID id() {
        return id;
    }

    public UUID schemaId() {
        return schemaId;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public UUID trainingRunId() {
        return trainingRunId;
    }

    public long rowCount() {
        return rowCount;
    }

    public long seed() {
        return seed;
    }

    public String format() {
        return format;
    }

    public boolean gzip() {
        return gzip;
    }

    public int partitions() {
        return partitions;
    }

    /** Where this job's rows start in the model's row space (a daily batch's offset). */
    public long firstRow() {
        return firstRow;
    }

    public String stampField() {
        return stampField;
    }

    public LocalDate stampDate() {
        return stampDate;
    }

    public double realShare() {
        return realShare;
    }

    public boolean tableSink() {
        return tableSink;
    }

    public String outputPrefix() {
        return outputPrefix;
    }

    public String reportKey() {
        return reportKey;
    }

    public BigDecimal qualityScore() {
        return qualityScore;
    }

    public BigDecimal privacyScore() {
        return privacyScore;
    }

    public Instant createdAt() {
        return createdAt;
    }

    /** Bytes of the output in the object store once completed; null before, and once the output is discarded. */
    public Long outputBytes() {
        return outputBytes;
    }

    /** The job as clients see it; the schema's name and the rows written live elsewhere (see {@link GenerationViews}). */
    GenerationView view(String schemaName, long rowsWritten) {
        return new GenerationView(new GenerationJobId(id), schemaId, schemaName, schemaVersion, trainingRunId, rowCount,
                rowsWritten, seed, format, gzip, partitions, tableSink, realShare, status(), qualityScore, privacyScore, error(),
                createdAt, startedAt(), finishedAt());
    }
}
