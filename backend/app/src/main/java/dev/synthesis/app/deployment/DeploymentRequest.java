package dev.synthesis.app.deployment;

import dev.synthesis.app.request.LongOrDigits;
import dev.synthesis.app.request.RowCount;
import dev.synthesis.engine.io.OutputFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * How to deploy a schema; every part is optional.
 *
 * @param recordsPerDay rows per daily batch (default: the schema's targetVolume), at most {@code synthesis.requests.max-rows-per-job}
 * @param days          number of daily batches (default: the schema's targetVolume), at most {@value #MAX_DAYS}
 * @param startDate     the first batch's day (default: today, UTC)
 * @param seed          seed shared by all batches (default: random); a string or a number
 * @param format        csv (default) or jsonl
 * @param gzip          compress batches (default true)
 * @param dateField     the field set to each batch's day (default: the first date or date-time field)
 */
public record DeploymentRequest(
        @RowCount Long recordsPerDay,
        @Positive @Max(MAX_DAYS) Integer days,
        LocalDate startDate,
        @JsonDeserialize(using = LongOrDigits.class) @Schema(type = "string", format = "int64") Long seed,
        OutputFormat format,
        Boolean gzip,
        @Size(max = 255) String dateField) {

    public static final int MAX_DAYS = 3_650;
}
