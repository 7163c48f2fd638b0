package dev.synthesis.app.datasetjob;

import dev.synthesis.app.training.TrainingStatus;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A dataset training run as clients see it.
 *
 * @param seeds the seed each table was trained on; empty for a schema-only model
 * @param error why it failed, in plain words; null unless FAILED
 */
public record DatasetTrainingView(DatasetTrainingRunId id, UUID datasetId, int datasetVersion, Map<String, UUID> seeds,
        TrainingStatus status, @Nullable String error, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {}
