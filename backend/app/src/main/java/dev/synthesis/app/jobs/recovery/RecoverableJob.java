package dev.synthesis.app.jobs.recovery;

import java.util.UUID;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.core.task.TaskExecutor;

/**
 * A job to resume when its instance dies, declared as a bean by the module that owns it.
 *
 * @param job       the job, which must have {@link JobHeartbeats} among its listeners
 * @param executor  the threads it runs on
 * @param onRefused records, as the job's tenant, that it could not resume
 * @param relaunch  launches, as its tenant, a job that was still queued on a dead instance
 */
public record RecoverableJob(Job job, TaskExecutor executor, ResumeRefused onRefused, Relaunch relaunch) {

    public interface ResumeRefused {
        void record(JobParameters parameters, Exception refused);
    }

    public interface Relaunch {
        void launch(UUID jobId);
    }
}
