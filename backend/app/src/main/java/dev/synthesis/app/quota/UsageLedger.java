package dev.synthesis.app.quota;

import dev.synthesis.app.quota.internal.UsageCounters;
import dev.synthesis.app.quota.internal.UsageRows;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enforces the current tenant's limits and counts its usage, atomically across instances: each
 * reservation locks the tenant's usage row in PostgreSQL, checks, and counts, inside the
 * transaction that records the job or the seed, so concurrent requests that together exceed a
 * limit are refused, and a refused or failed request leaves no job, seed or count behind.
 *
 * <p>Stored bytes are the sum of the seeds' sizes and the completed jobs' {@code output_bytes}:
 * each is counted in the transaction that records it (seed upload, job completion) and taken off
 * in the one that removes it (seed deletion, a discarded output), so the counter is the sum of
 * what those rows say. Rows of a job count from its start; a job that fails or is cancelled
 * gives back the rows it did not write, and all of its table rows (its output is discarded).
 */
@Service
public class UsageLedger {

    private final UsageRows rows;
    private final TenantQuotas quotas;
    private final List<ActiveJobs> activeJobs;
    private final Clock clock;

    UsageLedger(UsageRows rows, TenantQuotas quotas, List<ActiveJobs> activeJobs, Clock clock) {
        this.rows = rows;
        this.quotas = quotas;
        this.activeJobs = activeJobs;
        this.clock = clock;
    }

    /** Reserves a generation job's rows (and table rows), or throws {@link QuotaExceeded}; call it in the transaction that records the job. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserveGeneration(long jobRows, boolean toTable) {
        TenantQuota limits = quotas.current();
        if (jobRows > limits.rowsPerJob()) {
            throw new QuotaExceeded(Limit.ROWS_PER_JOB, limits.rowsPerJob(), null, jobRows, null, clock.instant());
        }
        UsageCounters usage = lockedBelowJobLimit(limits);
        usage.requireStorageLeft(limits);
        rows.save(tenant(), usage.withRows(limits, jobRows, toTable));
    }

    /**
     * Refuses early a job known to exceed the rows per job before its exact size is worked out (a
     * dataset's root rows, below its plan's total), so planning it does not take the request's time.
     */
    @Transactional(readOnly = true)
    public void checkJobRows(long atLeast) {
        long limit = quotas.current().rowsPerJob();
        if (atLeast > limit) {
            throw new QuotaExceeded(Limit.ROWS_PER_JOB, limit, null, atLeast, null, clock.instant());
        }
    }

    /** Checks that one more job may run at once, or throws {@link QuotaExceeded}; call it in the transaction that records the job. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserveTraining() {
        lockedBelowJobLimit(quotas.current());
    }

    /** Refuses an upload early, before its bytes are sent to the store; {@link #reserveStorage} decides. */
    @Transactional(readOnly = true)
    public void checkStorage(long bytes) {
        rows.read(tenant()).withStoredBytes(quotas.current(), bytes);
    }

    /** Counts an upload's bytes, or throws {@link QuotaExceeded}; call it in the transaction that records the seed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void reserveStorage(long bytes) {
        TenantId tenant = tenant();
        rows.save(tenant, rows.lock(tenant).withStoredBytes(quotas.current(), bytes));
    }

    /** Takes the bytes of a removed seed or a discarded output off; call it in the transaction that records the removal. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void releaseStorage(long bytes) {
        rows.addStorage(tenant(), -bytes);
    }

    /** Counts a completed job's output; call it in the transaction that marks the job completed. */
    @Transactional
    public void stored(long bytes) {
        rows.addStorage(tenant(), bytes);
    }

    /**
     * Gives back what a job that ended without output reserved but did not produce: rows it did
     * not write (from the day and month it was started in), and table rows it held.
     */
    @Transactional
    public void giveBack(Instant reservedAt, long unwrittenRows, long tableRows) {
        rows.giveBack(tenant(), reservedAt, unwrittenRows, tableRows);
    }

    private UsageCounters lockedBelowJobLimit(TenantQuota limits) {
        UsageCounters usage = rows.lock(tenant());
        long running = activeJobs.stream().mapToLong(ActiveJobs::queuedOrRunning).sum();
        if (running >= limits.concurrentJobs()) {
            throw new QuotaExceeded(Limit.CONCURRENT_JOBS, limits.concurrentJobs(), running, 1, null, usage.now());
        }
        return usage;
    }

    private static TenantId tenant() {
        return TenantContext.require();
    }
}
