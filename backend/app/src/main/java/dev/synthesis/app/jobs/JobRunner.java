package dev.synthesis.app.jobs;

import dev.synthesis.app.jobs.recovery.JobQueue;
import dev.synthesis.app.jobs.TenantJobStarter;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts admitted jobs, each on a virtual thread of its own. A job's thread runs its steps'
 * bookkeeping and otherwise waits for its tasks on the worker threads ({@link FairWork}), so any
 * number of jobs may wait at once and none keeps another from starting: the CPU is shared by the
 * worker threads' fair queue, not by a first-come pool of job threads.
 */
@Component
public class JobRunner {

    private final TenantJobStarter starter;
    private final JobQueue queue;
    private final JobAdmission admission;
    private final TaskExecutor threads = new VirtualThreadTaskExecutor("job-");

    JobRunner(TenantJobStarter starter, JobQueue queue, JobAdmission admission) {
        this.starter = starter;
        this.queue = queue;
        this.admission = admission;
    }

    /**
     * Starts a job of the current tenant. It is in the job queue until its execution exists (if
     * this instance dies first, another starts it) and holds its place in {@link JobAdmission}
     * until its execution here ends. {@code onRefused} records, as the tenant, a job that could
     * not start.
     */
    public void start(UUID jobId, Job job, JobParameters parameters, Consumer<Exception> onRefused) {
        admission.hold(jobId);
        try {
            queue.queued(job.getName(), jobId);
            starter.startAsync(task -> threads.execute(() -> {
                try {
                    task.run();
                } finally {
                    admission.release(jobId);
                }
            }), job, parameters, refused -> {
                queue.dropped(jobId);
                onRefused.accept(refused);
            });
        } catch (RuntimeException failed) {
            admission.release(jobId);
            throw failed;
        }
    }

    /** The threads jobs run on, also when they resume after their instance died. */
    public TaskExecutor threads() {
        return threads;
    }
}
