package dev.synthesis.app.admin;

import dev.synthesis.app.quota.Limit;
import dev.synthesis.app.quota.TenantUsage;
import java.util.Objects;

/**
 * What a tenant uses, as the admin's directory shows it beside its jobs.
 *
 * @param rowsToday     rows generated this UTC day
 * @param rowsThisMonth rows generated this UTC month
 * @param storageBytes  seeds and completed outputs kept in the object store
 * @param activeKeys    API keys that work now
 */
public record TenantFigures(long rowsToday, long rowsThisMonth, long storageBytes, long activeKeys) {

    static TenantFigures of(TenantUsage usage, long activeKeys) {
        return new TenantFigures(used(usage, Limit.ROWS_PER_DAY), used(usage, Limit.ROWS_PER_MONTH), used(usage, Limit.STORAGE_BYTES),
                activeKeys);
    }

    private static long used(TenantUsage usage, Limit limit) {
        return Objects.requireNonNullElse(usage.item(limit).used(), 0L);
    }
}
