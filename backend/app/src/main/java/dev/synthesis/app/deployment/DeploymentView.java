package dev.synthesis.app.deployment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A deployment as clients see it.
 *
 * @param dateField the date or date-time field set to each batch's day; null when the schema has none
 * @param nextDay   the next batch's day number (0-based); equal to {@code days} once finished
 * @param batches   the batches produced so far
 */
public record DeploymentView(UUID id, UUID schemaId, int schemaVersion, long recordsPerDay, int days, LocalDate startDate,
        long seed, String format, boolean gzip, String dateField, int nextDay, String status, List<Batch> batches) {

    /** One day's batch: the generation job that made it. */
    public record Batch(int day, LocalDate date, UUID generationJobId) {}
}
