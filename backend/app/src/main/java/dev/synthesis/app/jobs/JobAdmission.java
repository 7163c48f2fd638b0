package dev.synthesis.app.jobs;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The jobs this instance holds, up to {@link JobSettings#maxQueued()}. A new job takes its place
 * before its row is written and keeps it until its execution here ends, so a full instance
 * refuses it with {@link PlatformBusy} and nothing of it is left behind: no row, no queue entry,
 * no job instance.
 */
@Component
public class JobAdmission {

    private final int capacity;
    private final Set<UUID> held = new HashSet<>();

    JobAdmission(JobSettings settings) {
        this.capacity = settings.maxQueued();
    }

    /**
     * Takes a place for a new job, then records the job with {@code record}; a record that fails
     * gives the place back. The job's launch ({@link JobRunner#launch}) keeps it until the job ends.
     */
    public <T> T admit(UUID jobId, Supplier<T> record) {
        take(jobId);
        try {
            return record.get();
        } catch (RuntimeException failed) {
            release(jobId);
            throw failed;
        }
    }

    private synchronized void take(UUID jobId) {
        if (held.size() >= capacity) {
            throw new PlatformBusy(held.size());
        }
        held.add(jobId);
    }

    /** A job accepted before, e.g. by an instance that died since, is never refused: it holds a place even beyond the capacity. */
    synchronized void hold(UUID jobId) {
        held.add(jobId);
    }

    synchronized void release(UUID jobId) {
        held.remove(jobId);
    }
}
