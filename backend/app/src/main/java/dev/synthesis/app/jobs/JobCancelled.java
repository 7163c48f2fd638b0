package dev.synthesis.app.jobs;

import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Ends a step's work early because its job was cancelled. */
public class JobCancelled extends RuntimeException {

    public JobCancelled() {
        super("the job was cancelled");
    }

    /**
     * Runs a tasklet's work so that a cancel ends it as Spring Batch's interruption, which it logs
     * as one line and records as STOPPED, instead of as a failure with a stack trace; the step's
     * transaction still rolls back.
     */
    public static RepeatStatus interruptible(Work work) throws Exception {
        try {
            return work.run();
        } catch (JobCancelled cancelled) {
            throw new JobInterruptedException(cancelled.getMessage());
        }
    }

    public interface Work {
        RepeatStatus run() throws Exception;
    }
}
