package dev.synthesis.app.jobs;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.engine.io.BadInput;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The error a failed job shows its tenant. Messages written for users (our problems, unusable
 * input, a seed the engine cannot read) are shown after a sentence saying what failed; any other
 * failure, whose message may name object keys, endpoints or SQL, is logged in full under a
 * reference, and the tenant sees the sentence and the reference only.
 */
public final class JobErrors {

    private static final Logger log = LoggerFactory.getLogger(JobErrors.class);

    private JobErrors() {}

    /**
     * @param what    what failed, as a sentence without its full stop, e.g. "The job failed while writing its output"
     * @param jobId   the job, for the log
     * @param failure the cause
     */
    public static String describe(String what, UUID jobId, Throwable failure) {
        if (isWrittenForUsers(failure)) {
            log.warn("Job {}: {}: {}", jobId, what, failure.getMessage());
            return what + ": " + failure.getMessage();
        }
        UUID reference = UUID.randomUUID();
        log.error("Job {}: {}; reference {}", jobId, what, reference, failure);
        return what + "; it has been logged with reference " + reference;
    }

    private static boolean isWrittenForUsers(Throwable failure) {
        return failure.getMessage() != null
                && (failure instanceof UnusableInput || failure instanceof ApiProblem || failure instanceof BadInput);
    }
}
