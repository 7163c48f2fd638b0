package dev.synthesis.app.jobs;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * What the job plumbing needs from a kind's own ledger, which records each job's life on the
 * kind's table in transactions of their own. Called with the job's tenant bound.
 */
public interface JobLedger {

    /** Whether the job is accepted and has not started yet. */
    boolean isQueued(UUID id);

    /** Records that the job failed, with the reason its tenant is shown. */
    void failed(UUID id, String reason);

    /** For a ledger that records several kinds: the methods that serve one of them. */
    static JobLedger of(Predicate<UUID> isQueued, BiConsumer<UUID, String> failed) {
        return new JobLedger() {
            @Override
            public boolean isQueued(UUID id) {
                return isQueued.test(id);
            }

            @Override
            public void failed(UUID id, String reason) {
                failed.accept(id, reason);
            }
        };
    }
}
