package dev.synthesis.app.jobs;

import dev.synthesis.app.jobs.recovery.JobQueue;
import dev.synthesis.app.jobs.recovery.RecoverableJob;
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
     * Starts {@code job}, of {@code kind}, with {@code parameters} (see {@link JobKind#parameters});
     * a job that cannot start is recorded as failed in its kind's ledger.
     */
    public void launch(Job job, JobKind kind, JobParameters parameters, JobLedger ledger) {
        UUID id = kind.idOf(parameters);
        start(id, job, parameters,
                refused -> ledger.failed(id, JobErrors.describe(kind.subject() + " could not start", id, refused)));
    }

    /**
     * {@code job} as one to resume when its instance dies. A job that was still queued there is
     * launched again by {@code launchQueued} unless it has left the queue since (it ended or started).
     */
    public RecoverableJob recoverable(Job job, JobKind kind, JobLedger ledger, Consumer<UUID> launchQueued) {
        return new RecoverableJob(job, threads,
                (parameters, refused) -> ledger.failed(kind.idOf(parameters), JobErrors.describe(
                        kind.subject() + " could not resume after its instance stopped", kind.idOf(parameters), refused)),
                id -> {
                    if (ledger.isQueued(id)) {
                        launchQueued.accept(id);
                    } else {
                        queue.dropped(id);
                    }
                });
    }

    /**
     * Starts a job of the current tenant. It is in the job queue until its execution exists (if
     * this instance dies first, another starts it) and holds its place in {@link JobAdmission}
     * until its execution here ends. {@code onRefused} records, as the tenant, a job that could
     * not start.
     */
    private void start(UUID jobId, Job job, JobParameters parameters, Consumer<Exception> onRefused) {
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
}
