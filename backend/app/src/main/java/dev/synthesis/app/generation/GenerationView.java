package dev.synthesis.app.generation;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A generation job as clients see it.
 *
 * @param schemaName   the schema's current name (also when the schema has since been deleted)
 * @param trainingRunId the run whose model made the rows; null when generated from the schema alone
 * @param rows         the rows asked for
 * @param rowsWritten  rows written so far: all of them once COMPLETED; for a queued, running, cancelled or failed job
 *                     the rows of its partitions that finished (whole partitions only: a partition in progress counts
 *                     once it finishes). A cancelled or failed job keeps none of its output, so for those this says
 *                     how far the job got, not what can be downloaded
 * @param seed         sent as a string: 64-bit seeds do not fit a JavaScript number
 * @param tableSink     whether rows are also written to synthetic_data
 * @param realShare     share of rows that are real seed rows (from the schema's syntheticRatio); 0 for fully synthetic
 * @param qualityScore  overall quality in [0, 1] once evaluated (null for schema-only data: nothing real to compare with);
 *                      also sent as {@code utilityScore}, the product proposal's name
 * @param privacyScore  overall privacy in [0, 1] once evaluated (same)
 */
public record GenerationView(GenerationJobId id, UUID schemaId, String schemaName, int schemaVersion, @Nullable UUID trainingRunId,
        long rows, long rowsWritten,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "int64") long seed,
        String format, boolean gzip, int partitions, boolean tableSink, double realShare, GenerationStatus status,
        @Nullable BigDecimal qualityScore, @Nullable BigDecimal privacyScore, @Nullable String error, Instant createdAt,
        @Nullable Instant startedAt, @Nullable Instant finishedAt) {

    /** The job as a progress event read from its table: the rows its finished partitions wrote count as done. */
    public JobProgressEvent asProgress() {
        boolean finished = status.finished();
        return new JobProgressEvent(id.value(), status.name().toLowerCase(Locale.ROOT), rowsWritten, rows, 0, null,
                asDouble(qualityScore), asDouble(privacyScore), finished, Instant.now());
    }

    /** The product proposal's name for the quality score. */
    @JsonProperty("utilityScore")
    public @Nullable BigDecimal utilityScore() {
        return qualityScore;
    }

    /** Seconds from the job's first start to its end, evaluation included; null until it has finished. */
    @JsonProperty("generationTime")
    public @Nullable Double generationTime() {
        return startedAt == null || finishedAt == null ? null : GenerationTiming.of(this).seconds();
    }

    private static Double asDouble(BigDecimal score) {
        return score == null ? null : score.doubleValue();
    }
}
