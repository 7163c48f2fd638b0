package dev.synthesis.app.generation.internal;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What every row of one job carries in {@code synthetic_data} besides its index and data.
 *
 * @param tenant the tenant the rows belong to; the table's policy refuses any other than the transaction's
 * @param quality the dataset's quality score, null for a schema-only job
 * @param privacy the dataset's privacy score, null for a schema-only job
 */
record JobColumns(UUID job, String tenant, UUID schemaId, int schemaVersion, BigDecimal quality, BigDecimal privacy) {

    static JobColumns of(GenerationRun run, String tenant) {
        return new JobColumns(run.id(), tenant, run.schemaId(), run.schemaVersion(), run.qualityScore(), run.privacyScore());
    }
}
