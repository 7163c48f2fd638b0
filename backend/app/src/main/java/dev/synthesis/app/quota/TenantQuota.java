package dev.synthesis.app.quota;

import java.time.Instant;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's limits in force: its own where an admin set them, the platform defaults elsewhere.
 *
 * @param tenantId  the tenant
 * @param custom    whether an admin set any limit of the tenant's own (false: all are the platform defaults)
 * @param updatedBy the admin who last set them, null when never set
 * @param updatedAt when they were last set, null when never set
 */
public record TenantQuota(String tenantId, long maxSeedBytes, long rowsPerDay, long rowsPerMonth, long rowsPerJob,
        long concurrentJobs, long storageBytes, long tableRows, long requestsPerMinutePerKey, long requestsPerMinutePerTenant,
        boolean custom, @Nullable String updatedBy, @Nullable Instant updatedAt) {

    /** The tenant's own limits where set, the defaults for the rest. */
    static TenantQuota resolve(String tenantId, QuotaUpdate own, QuotaDefaults defaults, @Nullable String updatedBy,
            @Nullable Instant updatedAt) {
        ToLongFunction<Limit> value = limit -> {
            Long set = own.value(limit);
            return set != null ? set : defaults.value(limit);
        };
        return new TenantQuota(tenantId, value.applyAsLong(Limit.MAX_SEED_BYTES), value.applyAsLong(Limit.ROWS_PER_DAY),
                value.applyAsLong(Limit.ROWS_PER_MONTH), value.applyAsLong(Limit.ROWS_PER_JOB),
                value.applyAsLong(Limit.CONCURRENT_JOBS), value.applyAsLong(Limit.STORAGE_BYTES),
                value.applyAsLong(Limit.TABLE_ROWS), value.applyAsLong(Limit.REQUESTS_PER_MINUTE_PER_KEY),
                value.applyAsLong(Limit.REQUESTS_PER_MINUTE_PER_TENANT), !own.equals(QuotaUpdate.none()), updatedBy, updatedAt);
    }

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
