package dev.synthesis.app.quota.internal;

import dev.synthesis.app.quota.Limit;
import dev.synthesis.app.quota.QuotaExceeded;
import dev.synthesis.app.quota.TenantQuota;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's usage as its row holds it, read at {@code now} (the database's time, which every
 * instance shares, so they agree on when a day ends). Rows per day and month count for the period
 * beside them: read in a later period, they are zero.
 *
 * @param day          the UTC day {@code rowsDay} counts for
 * @param month        the first day of the UTC month {@code rowsMonth} counts for
 * @param tableRows    rows kept in synthetic_data, and rows reserved for table jobs still running
 * @param storageBytes bytes of seeds and of completed jobs' outputs
 */
public record UsageCounters(LocalDate day, long rowsDay, LocalDate month, long rowsMonth, long tableRows, long storageBytes,
        Instant now) {

    /** The same usage as seen in the current period: counters of an earlier day or month start again from zero. */
    public UsageCounters current() {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        LocalDate thisMonth = today.withDayOfMonth(1);
        return new UsageCounters(today, day.equals(today) ? rowsDay : 0, thisMonth, month.equals(thisMonth) ? rowsMonth : 0,
                tableRows, storageBytes, now);
    }

    /** When a limit's usage starts again from zero; null for limits without a period. */
    public @Nullable Instant resetsAt(Limit limit) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        return switch (limit) {
            case ROWS_PER_DAY -> today.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            case ROWS_PER_MONTH -> today.withDayOfMonth(1).plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            default -> null;
        };
    }

    /** What is used of a limit counted here; null for limits counted elsewhere or not at all. */
    public @Nullable Long used(Limit limit) {
        UsageCounters current = current();
        return switch (limit) {
            case ROWS_PER_DAY -> current.rowsDay;
            case ROWS_PER_MONTH -> current.rowsMonth;
            case TABLE_ROWS -> tableRows;
            case STORAGE_BYTES -> storageBytes;
            default -> null;
        };
    }

    /** These counters with a job's rows added, or {@link QuotaExceeded} naming the first limit they would exceed. */
    public UsageCounters withRows(TenantQuota limits, long rows, boolean toTable) {
        UsageCounters current = current();
        current.require(Limit.ROWS_PER_DAY, limits, current.rowsDay, rows);
        current.require(Limit.ROWS_PER_MONTH, limits, current.rowsMonth, rows);
        long tableRowsAdded = toTable ? rows : 0;
        if (toTable) {
            current.require(Limit.TABLE_ROWS, limits, tableRows, rows);
        }
        return new UsageCounters(current.day, current.rowsDay + rows, current.month, current.rowsMonth + rows,
                tableRows + tableRowsAdded, storageBytes, now);
    }

    /** These counters with an upload's bytes added, or {@link QuotaExceeded} if they would exceed the storage limit. */
    public UsageCounters withStoredBytes(TenantQuota limits, long bytes) {
        require(Limit.STORAGE_BYTES, limits, storageBytes, bytes);
        return new UsageCounters(day, rowsDay, month, rowsMonth, tableRows, storageBytes + bytes, now);
    }

    /** Refuses new output once storage is full: a job's output size is known only once written. */
    public void requireStorageLeft(TenantQuota limits) {
        if (storageBytes >= limits.storageBytes()) {
            throw exceeded(Limit.STORAGE_BYTES, limits, storageBytes, 0);
        }
    }

    private void require(Limit limit, TenantQuota limits, long used, long requested) {
        if (requested > limits.value(limit) - used) {
            throw exceeded(limit, limits, used, requested);
        }
    }

    private QuotaExceeded exceeded(Limit limit, TenantQuota limits, long used, long requested) {
        return new QuotaExceeded(limit, limits.value(limit), used, requested, resetsAt(limit), now);
    }
}
