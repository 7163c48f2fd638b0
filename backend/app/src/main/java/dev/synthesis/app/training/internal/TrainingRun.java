package dev.synthesis.app.training.internal;

import dev.synthesis.app.jobs.JobRecord;
import dev.synthesis.app.training.ClippedField;
import dev.synthesis.app.training.QualityPreset;
import dev.synthesis.app.training.TrainingRunId;
import dev.synthesis.app.training.TrainingRunView;
import dev.synthesis.app.training.TrainingSettings;
import dev.synthesis.app.training.TrainingStatus;
import dev.synthesis.engine.schema.PrivacyPreset;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** One training request and its outcome. */
@Entity
@Table(name = "training_runs")
public class TrainingRun extends JobRecord<TrainingStatus> {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "schema_id", nullable = false)
    private UUID schemaId;

    @Column(name = "schema_version", nullable = false)
    private int schemaVersion;

    @Column(name = "seed_id", nullable = false)
    private UUID seedId;

    @Column(name = "model_key")
    private String modelKey;

    @Column(name = "split_seed", nullable = false)
    private long splitSeed;

    @Column(name = "holdout_share", nullable = false)
    private double holdoutShare;

    @Column(name = "training_rows")
    private Long trainingRows;

    @Column(name = "holdout_rows")
    private Long holdoutRows;

    @Column(name = "rejected_rows")
    private Long rejectedRows;

    @Column(name = "epsilon_spent")
    private Double epsilonSpent;

    @Column(name = "clipped_by_declared_bounds", columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    @Convert(converter = ClippedFieldsJson.class)
    private List<ClippedField> clippedByDeclaredBounds = List.of();

    @Enumerated(EnumType.STRING)
    @Column(name = "privacy_preset", nullable = false)
    private PrivacyPreset privacyPreset;

    @Enumerated(EnumType.STRING)
    @Column(name = "quality_preset", nullable = false)
    private QualityPreset qualityPreset;

    @Column(name = "dp_epsilon")
    private Double dpEpsilon;

    @Column(name = "dp_delta")
    private Double dpDelta;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingRun() {}

    public TrainingRun(UUID id, String tenantId, UUID schemaId, int schemaVersion, UUID seedId, long splitSeed,
            TrainingSettings settings, String createdBy, Instant createdAt) {
        super(TrainingStatus.QUEUED);
        this.id = id;
        this.tenantId = tenantId;
        this.schemaId = schemaId;
        this.schemaVersion = schemaVersion;
        this.seedId = seedId;
        this.splitSeed = splitSeed;
        this.holdoutShare = settings.holdoutShare();
        this.privacyPreset = settings.privacy();
        this.qualityPreset = settings.quality();
        this.dpEpsilon = settings.epsilon();
        this.dpDelta = settings.delta();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void started(long jobExecution, Instant now) {
        run(TrainingStatus.RUNNING, jobExecution, now);
    }

    public void completed(String key, long training, long holdout, long rejected, Double epsilon, List<ClippedField> clipped,
            Instant now) {
        this.modelKey = key;
        this.clippedByDeclaredBounds = List.copyOf(clipped);
        this.trainingRows = training;
        this.holdoutRows = holdout;
        this.rejectedRows = rejected;
        this.epsilonSpent = epsilon;
        end(TrainingStatus.COMPLETED, now);
    }

    public void failed(String reason, Instant now) {
        fail(TrainingStatus.FAILED, reason, now);
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

    public UUID seedId() {
        return seedId;
    }

    public long splitSeed() {
        return splitSeed;
    }

    public double holdoutShare() {
        return holdoutShare;
    }

    public TrainingSettings settings() {
        return new TrainingSettings(privacyPreset, qualityPreset, holdoutShare, dpEpsilon, dpDelta);
    }

    public String modelKey() {
        return modelKey;
    }

    public TrainingRunView view() {
        return new TrainingRunView(new TrainingRunId(id), schemaId, schemaVersion, seedId, status(), privacyPreset,
                qualityPreset, holdoutShare, trainingRows, holdoutRows, rejectedRows, epsilonSpent, error(), createdAt,
                startedAt(), finishedAt(), clippedByDeclaredBounds);
    }
}
