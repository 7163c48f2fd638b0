package dev.synthesis.app.generation;

import dev.synthesis.app.quota.QuotaUpdate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Locale;
import java.util.UUID;

/**
 * What to generate.
 *
 * @param schemaId the schema (its current version)
 * @param rows     how many rows
 * @param seed     seed for reproducible output; random when absent. A string or a number: a client in
 *                 JavaScript sends 64-bit seeds as strings, which its numbers would round
 * @param format   csv (default), jsonl, json or xlsx
 * @param gzip     compress the output; default true for csv and jsonl, refused for xlsx (already zipped)
 * @param sink     "file" (default): an output file in the object store; "table": also each row into synthetic_data
 */
public record GenerationRequest(UUID schemaId, Long rows,
        @Schema(type = "string", format = "int64", example = "8072165390114558381") Long seed, String format, Boolean gzip, String sink) {

    /** Most rows one job may produce, whatever the tenant's limit; larger volumes are split into several jobs. */
    public static final long MAX_ROWS = QuotaUpdate.MAX_ROWS_PER_JOB;

    public UUID requireSchemaId() {
        if (schemaId == null) {
            throw new IllegalArgumentException("schemaId is required");
        }
        return schemaId;
    }

    public long requireRows() {
        if (rows == null || rows < 1 || rows > MAX_ROWS) {
            throw new IllegalArgumentException("rows must be between 1 and " + MAX_ROWS + ", got " + rows);
        }
        return rows;
    }

    public String formatOrDefault() {
        String chosen = format == null ? "csv" : format.trim().toLowerCase(Locale.ROOT);
        if (!chosen.matches("csv|jsonl|json|xlsx")) {
            throw new IllegalArgumentException("format must be csv, jsonl, json or xlsx, got " + format);
        }
        return chosen;
    }

    public boolean toTable() {
        if (sink == null || sink.equalsIgnoreCase("file")) {
            return false;
        }
        if (sink.equalsIgnoreCase("table")) {
            return true;
        }
        throw new IllegalArgumentException("sink must be file or table, got " + sink);
    }

    public boolean gzipOrDefault() {
        String chosen = formatOrDefault();
        if (chosen.equals("xlsx") && Boolean.TRUE.equals(gzip)) {
            throw new IllegalArgumentException("xlsx files are already compressed; send gzip=false");
        }
        return gzip == null ? !chosen.equals("xlsx") : gzip;
    }
}
