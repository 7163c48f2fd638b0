package dev.synthesis.app.jobs;

import org.springframework.batch.core.job.parameters.JobParameters;

/**
 * Whether a job was asked to stop. Asked with the job's tenant bound, before each of its tasks
 * runs and about once a second while its tasks wait, so it must be cheap: answer from memory and
 * read the database at most about once a second per job.
 */
@FunctionalInterface
public interface StopCheck {

    /** For jobs that cannot be stopped. */
    StopCheck NEVER = parameters -> false;

    boolean requested(JobParameters parameters);
}
