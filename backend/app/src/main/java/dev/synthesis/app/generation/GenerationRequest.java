package dev.synthesis.app.generation;

import dev.synthesis.app.problem.InvalidRequest;
import dev.synthesis.app.request.LongOrDigits;
import dev.synthesis.app.request.RowCount;
import dev.synthesis.engine.io.OutputFormat;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * What to generate; checked declaratively when it arrives (see the constraints).
 *
 * @param schemaId the schema (its current version)
 * @param rows     how many rows, at most {@code synthesis.requests.max-rows-per-job}
 * @param seed     seed for reproducible output; random when absent. A string or a number: a client in
 *                 JavaScript sends 64-bit seeds as strings, which its numbers would round
 * @param format   csv (default), jsonl, json, xlsx or parquet
 * @param gzip     compress the output; default true for csv, jsonl and json, refused for xlsx (already zipped)
 *                 and parquet (compressed inside)
 * @param sink     file (default): an output file in the object store; table: also each row into synthetic_data
 */
public record GenerationRequest(
        @NotNull(message = "is required") UUID schemaId,
        @NotNull(message = "is required") @RowCount Long rows,
        @JsonDeserialize(using = LongOrDigits.class) @Schema(type = "string", format = "int64", example = "8072165390114558381") Long seed,
        OutputFormat format,
        Boolean gzip,
        OutputSink sink) {

    public UUID requireSchemaId() {
        return schemaId;
    }

    public long requireRows() {
        return rows;
    }

    public String formatOrDefault() {
        return (format == null ? OutputFormat.CSV : format).extension();
    }

    public boolean toTable() {
        return sink == OutputSink.TABLE;
    }

    public boolean gzipOrDefault() {
        if (format == OutputFormat.XLSX && Boolean.TRUE.equals(gzip)) {
            throw new InvalidRequest("gzip", "xlsx files are already compressed; send gzip=false");
        }
        if (format == OutputFormat.PARQUET && Boolean.TRUE.equals(gzip)) {
            throw new InvalidRequest("gzip", "Parquet files are compressed inside; gzip does not apply");
        }
        return gzip == null ? format != OutputFormat.XLSX && format != OutputFormat.PARQUET : gzip;
    }
}
