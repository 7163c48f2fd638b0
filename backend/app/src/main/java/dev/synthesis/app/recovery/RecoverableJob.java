package dev.synthesis.app.recovery;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.core.task.TaskExecutor;

/**
 * A job to resume when its instance dies, declared as a bean by the module that owns it.
 *
 * @param job       the job, which must have {@link JobHeartbeats} among its listeners
 * @param executor  the threads it runs on
 * @param onRefused records, as the job's tenant, that it could not resume
 */
public record RecoverableJob(Job job, TaskExecutor executor, ResumeRefused onRefused) {

    public interface ResumeRefused {
        void record(JobParameters parameters, Exception refused);
    }
}
