package dev.synthesis.app.quota;

import dev.synthesis.app.quota.internal.WholeNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's new limits, all at once: each null limit returns the tenant to the platform default.
 * Limits are positive whole numbers; those the server itself bounds cannot be set above that bound.
 *
 * @param maxSeedBytes               largest seed file; at most the server's multipart limit
 * @param rowsPerDay                 rows generated per UTC day
 * @param rowsPerMonth               rows generated per UTC month
 * @param rowsPerJob                 rows in one generation job; at most {@value #MAX_ROWS_PER_JOB}
 * @param concurrentJobs             generation jobs and training runs queued or running at once
 * @param storageBytes               seeds and generated files kept in the object store
 * @param tableRows                  rows kept in the synthetic_data table
 * @param requestsPerMinutePerKey    API requests per minute of one user or API key
 * @param requestsPerMinutePerTenant API requests per minute of the whole tenant
 */
public record QuotaUpdate(
        @WholeNumber @Positive @Nullable Long maxSeedBytes,
        @WholeNumber @Positive @Nullable Long rowsPerDay,
        @WholeNumber @Positive @Nullable Long rowsPerMonth,
        @WholeNumber @Positive @Max(MAX_ROWS_PER_JOB) @Nullable Long rowsPerJob,
        @WholeNumber @Positive @Nullable Long concurrentJobs,
        @WholeNumber @Positive @Nullable Long storageBytes,
        @WholeNumber @Positive @Nullable Long tableRows,
        @WholeNumber @Positive @Nullable Long requestsPerMinutePerKey,
        @WholeNumber @Positive @Nullable Long requestsPerMinutePerTenant) {

    /** Most rows one generation job may have, whatever a tenant's limit: larger volumes are split into several jobs. */
    public static final long MAX_ROWS_PER_JOB = 1_000_000_000L;

    /** No limits of the tenant's own: the platform defaults. */
    public static QuotaUpdate none() {
        return new QuotaUpdate(null, null, null, null, null, null, null, null, null);
    }

    public @Nullable Long value(Limit limit) {
        return switch (limit) {
            case MAX_SEED_BYTES -> maxSeedBytes;
            case ROWS_PER_DAY -> rowsPerDay;
            case ROWS_PER_MONTH -> rowsPerMonth;
            case ROWS_PER_JOB -> rowsPerJob;
            case CONCURRENT_JOBS -> concurrentJobs;
            case STORAGE_BYTES -> storageBytes;
            case TABLE_ROWS -> tableRows;
            case REQUESTS_PER_MINUTE_PER_KEY -> requestsPerMinutePerKey;
            case REQUESTS_PER_MINUTE_PER_TENANT -> requestsPerMinutePerTenant;
        };
    }
}
