package dev.synthesis.app.seed;

import dev.synthesis.engine.validate.RowError;
import java.util.List;

/**
 * A seed checked against a schema.
 *
 * @param rows            data rows in the seed
 * @param validRows       rows that satisfy the schema
 * @param invalidRows     rows with at least one error
 * @param missingColumns  schema fields the seed has no column for
 * @param ignoredColumns  seed columns the schema has no field for
 * @param errors          per-row, per-field errors (at most {@code errorLimit})
 * @param errorLimit      how many errors are listed at most; the counts cover all rows
 */
public record SeedValidation(long rows, long validRows, long invalidRows, List<String> missingColumns,
        List<String> ignoredColumns, List<RowError> errors, int errorLimit) {}
