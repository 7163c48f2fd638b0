package dev.synthesis.app.deployment;

import com.fasterxml.jackson.annotation.JsonFormat;
import dev.synthesis.app.generation.GenerationStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A deployment as clients see it.
 *
 * @param schemaName the schema's current name
 * @param seed      sent as a string: 64-bit seeds do not fit a JavaScript number
 * @param dateField the date or date-time field set to each batch's day; null when the schema has none
 * @param nextDay   the next batch's day number (0-based); equal to {@code days} once finished
 * @param batches   the batches produced so far
 */
public record DeploymentView(UUID id, UUID schemaId, String schemaName, int schemaVersion, long recordsPerDay, int days, LocalDate startDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = "string", format = "int64") long seed,
        String format, boolean gzip, @Nullable String dateField, int nextDay, String status, List<Batch> batches) {

    /**
     * One day's batch: the generation job that made it.
     *
     * @param status the generation job's status
     */
    public record Batch(int day, LocalDate date, UUID generationJobId, GenerationStatus status) {}
}
