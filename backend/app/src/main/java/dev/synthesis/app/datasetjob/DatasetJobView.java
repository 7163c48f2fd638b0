package dev.synthesis.app.datasetjob;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.synthesis.app.generation.GenerationStatus;
import dev.synthesis.app.jobs.progress.JobProgressEvent;
import dev.synthesis.engine.dataset.DatasetReport;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A dataset generation job as clients see it.
 *
 * @param trainingRunId the dataset training run whose model made the rows; null for a schema-only model
 * @param seed          the seed, as a string: JavaScript numbers would round 64-bit seeds
 * @param rowsPerTable  exact rows of each table, fixed by the plan when the job was accepted
 * @param rows          all tables' rows together
 * @param partitions    parts the job runs in, each a range of root rows with all their descendants
 * @param rowsWritten   rows of the parts that finished (all of them once COMPLETED)
 * @param report        the dataset's quality report (the engine's DatasetReport, undefined figures null) once scored;
 *                      null for a model trained on no seed
 */
public record DatasetJobView(DatasetJobId id, UUID datasetId, int datasetVersion, @Nullable UUID trainingRunId,
        GenerationStatus status, DatasetFormat format, @JsonFormat(shape = JsonFormat.Shape.STRING) long seed,
        Map<String, Long> rowsPerTable, long rows, int partitions, long rowsWritten,
        @Schema(implementation = DatasetReport.class, nullable = true) @Nullable JsonNode report,
        @Nullable String error, Instant createdAt, @Nullable Instant startedAt, @Nullable Instant finishedAt) {

    /** The job as a progress event, for a follower that starts after the job's own events. */
    public JobProgressEvent asProgress() {
        Double quality = report == null || !report.path("quality").isNumber() ? null : report.get("quality").asDouble();
        return new JobProgressEvent(id.value(), status.name().toLowerCase(Locale.ROOT), rowsWritten, rows, 0, null, quality, null,
                status.finished(), Instant.now());
    }
}
