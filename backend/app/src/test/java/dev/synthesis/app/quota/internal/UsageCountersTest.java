package dev.synthesis.app.quota.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.quota.Limit;
import dev.synthesis.app.quota.QuotaExceeded;
import dev.synthesis.app.quota.TenantQuota;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class UsageCountersTest {

    private static final Instant NOW = Instant.parse("2026-12-04T22:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-04");
    private static final LocalDate THIS_MONTH = LocalDate.parse("2026-12-01");

    /** rowsPerDay 1,000,000; rowsPerMonth 5,000,000; tableRows 500; storageBytes 10,000. */
    private static final TenantQuota LIMITS = new TenantQuota("acme", 1_000, 1_000_000, 5_000_000, 2_000_000, 3, 10_000, 500, 60, 600,
            true, "admin", NOW);

    @Test
    void countsAJobsRowsForTodayAndThisMonthAndTheTableWhenItWritesThere() {
        UsageCounters usage = new UsageCounters(TODAY, 100, THIS_MONTH, 1_000, 10, 0, NOW);

        UsageCounters reserved = usage.withRows(LIMITS, 400, true);

        assertThat(reserved.rowsDay()).isEqualTo(500);
        assertThat(reserved.rowsMonth()).isEqualTo(1_400);
        assertThat(reserved.tableRows()).isEqualTo(410);
        assertThat(usage.withRows(LIMITS, 400, false).tableRows()).isEqualTo(10);
    }

    @Test
    void aLaterDayOrMonthStartsItsCounterFromZero() {
        UsageCounters lastMonth = new UsageCounters(LocalDate.parse("2026-11-30"), 999_999, LocalDate.parse("2026-11-01"), 4_999_999,
                0, 0, NOW);

        UsageCounters reserved = lastMonth.withRows(LIMITS, 1_000_000, false);

        assertThat(reserved.day()).isEqualTo(TODAY);
        assertThat(reserved.rowsDay()).isEqualTo(1_000_000);
        assertThat(reserved.month()).isEqualTo(THIS_MONTH);
        assertThat(reserved.rowsMonth()).isEqualTo(1_000_000);
        assertThat(lastMonth.used(Limit.ROWS_PER_DAY)).isZero();
    }

    @Test
    void refusesRowsBeyondTodaysLimitSayingByHowMuchAndWhenItResets() {
        UsageCounters usage = new UsageCounters(TODAY, 800_000, THIS_MONTH, 800_000, 0, 0, NOW);

        assertThat(usage.withRows(LIMITS, 200_000, false).rowsDay()).as("up to the limit exactly").isEqualTo(1_000_000);
        assertThatThrownBy(() -> usage.withRows(LIMITS, 400_000, false))
                .isInstanceOfSatisfying(QuotaExceeded.class, exceeded -> {
                    assertThat(exceeded.limit()).isEqualTo(Limit.ROWS_PER_DAY);
                    assertThat(exceeded.getMessage()).isEqualTo("This job would bring today's generated rows to 1,200,000; the limit is"
                            + " 1,000,000 rows per day (resets at 2026-12-05T00:00:00Z).");
                    assertThat(exceeded.properties()).containsEntry("limit", "rowsPerDay").containsEntry("value", 1_000_000L)
                            .containsEntry("usage", 800_000L).containsEntry("requested", 400_000L)
                            .containsEntry("resetsAt", "2026-12-05T00:00:00Z");
                    assertThat(exceeded.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7200");
                });
    }

    @Test
    void refusesRowsBeyondTheMonthAndTheTable() {
        UsageCounters fullMonth = new UsageCounters(TODAY, 0, THIS_MONTH, 4_900_000, 0, 0, NOW);
        UsageCounters fullTable = new UsageCounters(TODAY, 0, THIS_MONTH, 0, 450, 0, NOW);

        assertThatThrownBy(() -> fullMonth.withRows(LIMITS, 200_000, false))
                .isInstanceOfSatisfying(QuotaExceeded.class, exceeded -> {
                    assertThat(exceeded.limit()).isEqualTo(Limit.ROWS_PER_MONTH);
                    assertThat(exceeded.properties()).containsEntry("resetsAt", "2027-01-01T00:00:00Z");
                });
        assertThatThrownBy(() -> fullTable.withRows(LIMITS, 100, true))
                .isInstanceOfSatisfying(QuotaExceeded.class, exceeded -> {
                    assertThat(exceeded.limit()).isEqualTo(Limit.TABLE_ROWS);
                    assertThat(exceeded.properties()).containsEntry("resetsAt", null);
                    assertThat(exceeded.headers().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
                });
        assertThat(fullTable.withRows(LIMITS, 100, false).tableRows()).as("a file job keeps no table rows").isEqualTo(450);
    }

    @Test
    void refusesAnUploadBeyondStorageAndNewOutputOnceStorageIsFull() {
        UsageCounters usage = new UsageCounters(TODAY, 0, THIS_MONTH, 0, 0, 9_000, NOW);
        UsageCounters full = new UsageCounters(TODAY, 0, THIS_MONTH, 0, 0, 10_000, NOW);

        assertThat(usage.withStoredBytes(LIMITS, 1_000).storageBytes()).isEqualTo(10_000);
        assertThatThrownBy(() -> usage.withStoredBytes(LIMITS, 1_001)).isInstanceOfSatisfying(QuotaExceeded.class,
                exceeded -> assertThat(exceeded.getMessage()).startsWith("This upload would bring stored seeds and generated files"
                        + " to 10,001 bytes; the limit is 10,000 bytes."));
        usage.requireStorageLeft(LIMITS);
        assertThatThrownBy(() -> full.requireStorageLeft(LIMITS)).isInstanceOfSatisfying(QuotaExceeded.class,
                exceeded -> assertThat(exceeded.limit()).isEqualTo(Limit.STORAGE_BYTES));
    }

    @Test
    void aHugeRequestCannotOverflowPastTheLimit() {
        UsageCounters usage = new UsageCounters(TODAY, 10, THIS_MONTH, 10, 0, 0, NOW);

        assertThatThrownBy(() -> usage.withRows(LIMITS, Long.MAX_VALUE - 5, false)).isInstanceOf(QuotaExceeded.class);
    }
}
