package dev.synthesis.app.jobs;

import dev.synthesis.app.problem.ApiProblem;
import dev.synthesis.engine.io.BadInput;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

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

    /**
     * What the tenant is told when a job's execution did not complete: the stage that failed
     * ({@code stage} names it from the failed step's name) and the cause if it was written for them.
     * The cause comes from a partition when one failed: the step around the partitions only reports
     * that they did not all complete.
     */
    public static String describe(JobExecution execution, UUID jobId, Function<String, String> stage) {
        Optional<StepExecution> failed = execution.getStepExecutions().stream()
                .filter(step -> !step.getFailureExceptions().isEmpty())
                .min(Comparator.comparing(step -> !step.getStepName().contains(":")));
        Throwable cause = failed.map(step -> step.getFailureExceptions().getFirst())
                .or(() -> execution.getFailureExceptions().stream().findFirst())
                .orElseGet(() -> new IllegalStateException("the job ended as " + execution.getStatus()));
        return describe(failed.map(step -> stage.apply(step.getStepName())).orElse("The job failed"), jobId, cause);
    }

    private static boolean isWrittenForUsers(Throwable failure) {
        return failure.getMessage() != null
                && (failure instanceof UnusableInput || failure instanceof ApiProblem || failure instanceof BadInput);
    }
}
