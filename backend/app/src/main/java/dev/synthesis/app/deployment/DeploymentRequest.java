package dev.synthesis.app.deployment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * How to deploy a schema; every part is optional.
 *
 * @param recordsPerDay rows per daily batch (default: the schema's targetVolume)
 * @param days          number of daily batches (default: the schema's targetVolume)
 * @param startDate     the first batch's day (default: today, UTC)
 * @param seed          seed shared by all batches (default: random); a string or a number
 * @param format        csv (default) or jsonl
 * @param gzip          compress batches (default true)
 * @param dateField     the field set to each batch's day (default: the first date or date-time field)
 */
public record DeploymentRequest(Long recordsPerDay, Integer days, LocalDate startDate,
        @Schema(type = "string", format = "int64") Long seed, String format,
        Boolean gzip, String dateField) {}
