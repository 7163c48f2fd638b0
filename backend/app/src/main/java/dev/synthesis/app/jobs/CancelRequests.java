package dev.synthesis.app.jobs;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs of one kind asked to stop. The request is written on the job's row (a
 * {@code cancel_requested_at} column of the kind's table), so whichever instance runs the
 * partitions sees it; partitions check while they write, and the job's waiting partitions before
 * they start (see {@link StopCheck}), reading the row at most once a second per job, so a cancel
 * takes effect within about a second instead of at the end of a partition. Between reads the
 * answer comes from memory, without a transaction. Calls need the job's tenant bound: they read
 * and write under row-level security. A kind's bean extends this with its table.
 */
public class CancelRequests implements StopCheck {

    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reads;
    private final JobKind kind;
    private final String request;
    private final String check;
    private final Set<UUID> requested = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Long> lastChecked = new ConcurrentHashMap<>();

    /** @param table the kind's job table, a constant of the calling feature (never user input) */
    protected CancelRequests(JdbcTemplate jdbc, PlatformTransactionManager transactions, String table, JobKind kind) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
        this.request = "update " + table + " set cancel_requested_at = now() where id = ? and cancel_requested_at is null";
        this.check = "select cancel_requested_at is not null from " + table + " where id = ?";
    }

    /** Records the request, in the caller's transaction or one of its own. */
    @Transactional
    public void request(UUID jobId) {
        jdbc.update(request, jobId);
        requested.add(jobId);
    }

    public boolean isRequested(UUID jobId) {
        if (requested.contains(jobId)) {
            return true;
        }
        long now = System.nanoTime();
        Long last = lastChecked.get(jobId);
        if (last != null && now - last < RECHECK_NANOS) {
            return false;
        }
        lastChecked.put(jobId, now);
        boolean asked = Boolean.TRUE.equals(reads.execute(status -> jdbc.queryForObject(check, Boolean.class, jobId)));
        if (asked) {
            requested.add(jobId);
        }
        return asked;
    }

    /** Ends the work in hand if its job was asked to stop. */
    public void stopIfRequested(UUID jobId) {
        if (isRequested(jobId)) {
            throw new JobCancelled();
        }
    }

    @Override
    public boolean requested(JobParameters parameters) {
        return isRequested(kind.idOf(parameters));
    }

    /** Forgets an ended job. */
    public void forget(UUID jobId) {
        requested.remove(jobId);
        lastChecked.remove(jobId);
    }
}
