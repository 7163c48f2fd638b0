package dev.synthesis.app.quota.internal;

import dev.synthesis.app.tenancy.TenantId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code tenant_usage} rows, one per tenant, under row-level security. Every change is made
 * in the caller's transaction, so it commits or rolls back with what it counts; reservations lock
 * the row first, so requests of one tenant on any instance reserve one after the other.
 */
@Component
public class UsageRows {

    private static final String TODAY = "(now() at time zone 'UTC')::date";
    private static final String THIS_MONTH = "date_trunc('month', now() at time zone 'UTC')::date";
    private static final String CREATE = "insert into tenant_usage (tenant_id, usage_day, usage_month) values (?, " + TODAY + ", "
            + THIS_MONTH + ") on conflict (tenant_id) do nothing";
    private static final String COLUMNS = "usage_day, rows_day, usage_month, rows_month, table_rows, storage_bytes, now()";

    private final JdbcTemplate jdbc;

    UsageRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenant's usage, its row locked until the transaction ends (created first if the tenant has none yet). */
    public UsageCounters lock(TenantId tenant) {
        jdbc.update(CREATE, tenant.value());
        return jdbc.queryForObject("select " + COLUMNS + " from tenant_usage where tenant_id = ? for update", UsageRows::counters,
                tenant.value());
    }

    /** The tenant's usage now, without a lock; zero for a tenant that never used anything. */
    public UsageCounters read(TenantId tenant) {
        return jdbc.query("select " + COLUMNS + " from tenant_usage where tenant_id = ?", UsageRows::counters, tenant.value())
                .stream().findFirst()
                .orElseGet(() -> jdbc.queryForObject("select " + TODAY + ", 0, " + THIS_MONTH + ", 0, 0, 0, now()", UsageRows::counters));
    }

    /** Writes counters read with {@link #lock} back, in the same transaction. */
    public void save(TenantId tenant, UsageCounters usage) {
        jdbc.update("""
                update tenant_usage set usage_day = ?, rows_day = ?, usage_month = ?, rows_month = ?, table_rows = ?,
                    storage_bytes = ?, updated_at = now()
                where tenant_id = ?""", Date.valueOf(usage.day()), usage.rowsDay(), Date.valueOf(usage.month()), usage.rowsMonth(),
                usage.tableRows(), usage.storageBytes(), tenant.value());
    }

    /** Adds (or, negative, takes off) stored bytes; never below zero. Needs no lock: it checks no limit. */
    public void addStorage(TenantId tenant, long bytes) {
        jdbc.update(CREATE, tenant.value());
        jdbc.update("update tenant_usage set storage_bytes = greatest(storage_bytes + ?, 0), updated_at = now() where tenant_id = ?",
                bytes, tenant.value());
    }

    /**
     * Takes rows back off the counters: from the day and the month only while they are still those
     * the rows were reserved in ({@code reservedAt}), from the table rows always; never below zero.
     */
    public void giveBack(TenantId tenant, Instant reservedAt, long rows, long tableRows) {
        LocalDate day = LocalDate.ofInstant(reservedAt, ZoneOffset.UTC);
        jdbc.update("""
                update tenant_usage set
                    rows_day = case when usage_day = ? then greatest(rows_day - ?, 0) else rows_day end,
                    rows_month = case when usage_month = ? then greatest(rows_month - ?, 0) else rows_month end,
                    table_rows = greatest(table_rows - ?, 0),
                    updated_at = now()
                where tenant_id = ?""", Date.valueOf(day), rows, Date.valueOf(day.withDayOfMonth(1)), rows, tableRows, tenant.value());
    }

    private static UsageCounters counters(ResultSet row, int number) throws SQLException {
        return new UsageCounters(row.getObject(1, LocalDate.class), row.getLong(2), row.getObject(3, LocalDate.class), row.getLong(4),
                row.getLong(5), row.getLong(6), row.getObject(7, OffsetDateTime.class).toInstant());
    }
}
