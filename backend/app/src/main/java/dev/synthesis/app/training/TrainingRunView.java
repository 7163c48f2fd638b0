package dev.synthesis.app.training;

import dev.synthesis.engine.schema.PrivacyPreset;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A training run as clients see it.
 *
 * @param privacy      the privacy preset the model was trained with
 * @param quality      the quality preset (it set the holdout share unless one was given)
 * @param trainingRows rows the model was fitted on (the seed minus the holdout and rejected rows)
 * @param holdoutRows  real rows held out, never trained on, kept for honest evaluation
 * @param rejectedRows seed rows that break the schema and were left out
 * @param epsilonSpent differential-privacy budget spent, null when DP is off
 * @param clippedByDeclaredBounds fields whose seed values lay outside their declared min or max: the bound
 *                     clips the data (those rows break the schema and are left out of training); only
 *                     differentially private training reports them, empty otherwise
 */
public record TrainingRunView(TrainingRunId id, UUID schemaId, int schemaVersion, UUID seedId, TrainingStatus status,
        PrivacyPreset privacy, QualityPreset quality, double holdoutShare, @Nullable Long trainingRows, @Nullable Long holdoutRows,
        @Nullable Long rejectedRows, @Nullable Double epsilonSpent, @Nullable String error,
        Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt, List<ClippedField> clippedByDeclaredBounds) {}
