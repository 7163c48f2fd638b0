package dev.synthesis.app.quota;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits for tenants an admin has not given limits of their own: a standard tier, generous enough
 * for real work, small enough that one tenant cannot take the platform's database, store or CPU.
 *
 * @param maxSeedBytes               largest seed file a tenant may upload (256 MiB)
 * @param rowsPerDay                 rows generated per UTC day (250 M)
 * @param rowsPerMonth               rows generated per UTC month (2.5 G)
 * @param rowsPerJob                 rows in one generation job (100 M)
 * @param concurrentJobs             generation jobs and training runs queued or running at once (20)
 * @param storageBytes               seeds and generated files kept in the object store (50 GiB)
 * @param tableRows                  rows kept in the synthetic_data table at once (50 M)
 * @param requestsPerMinutePerKey    API requests per minute of one user or API key (600)
 * @param requestsPerMinutePerTenant API requests per minute of all of a tenant's users and keys (3,000)
 */
@Validated
@ConfigurationProperties("synthesis.quotas")
public record QuotaDefaults(
        @DefaultValue("268435456") @Positive long maxSeedBytes,
        @DefaultValue("250000000") @Positive long rowsPerDay,
        @DefaultValue("2500000000") @Positive long rowsPerMonth,
        @DefaultValue("100000000") @Positive @Max(QuotaUpdate.MAX_ROWS_PER_JOB) long rowsPerJob,
        @DefaultValue("20") @Positive long concurrentJobs,
        @DefaultValue("53687091200") @Positive long storageBytes,
        @DefaultValue("50000000") @Positive long tableRows,
        @DefaultValue("600") @Positive long requestsPerMinutePerKey,
        @DefaultValue("3000") @Positive long requestsPerMinutePerTenant) {

    public long value(Limit limit) {
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
