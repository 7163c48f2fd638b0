package dev.synthesis.app.generation.internal;

import dev.synthesis.app.jobs.StopCheck;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Jobs asked to stop. The request is written on the job's row, so whichever instance runs the
 * partitions sees it; partitions check while they write, and the job's waiting partitions before
 * they start (see {@link StopCheck}), reading the row at most once a second per job, so a cancel
 * takes effect within about a second instead of at the end of a partition. Between reads the
 * answer comes from memory, without a transaction. Calls need the job's tenant bound: they read
 * and write under row-level security.
 */
@Component
public class Cancellations implements StopCheck {

    private static final long RECHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate reads;
    private final Set<UUID> requested = ConcurrentHashMap.newKeySet();
    private final Map<UUID, Long> lastChecked = new ConcurrentHashMap<>();

    Cancellations(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.reads = new TransactionTemplate(transactions);
        this.reads.setReadOnly(true);
    }

    @Transactional
    public void request(UUID jobId) {
        jdbc.update("update generation_jobs set cancel_requested_at = now() where id = ? and cancel_requested_at is null", jobId);
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
        boolean asked = Boolean.TRUE.equals(reads.execute(status -> jdbc.queryForObject(
                "select cancel_requested_at is not null from generation_jobs where id = ?", Boolean.class, jobId)));
        if (asked) {
            requested.add(jobId);
        }
        return asked;
    }

    /** Ends the work in hand if its job was asked to stop. */
    void stopIfRequested(UUID jobId) {
        if (isRequested(jobId)) {
            throw new GenerationCancelled();
        }
    }

    @Override
    public boolean requested(JobParameters parameters) {
        return isRequested(GenerationJobConfiguration.jobId(parameters));
    }

    void forget(UUID jobId) {
        requested.remove(jobId);
        lastChecked.remove(jobId);
    }
}
