package dev.synthesis.app.jobs.internal;

import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The instance's worker threads for the CPU work of jobs (generation partitions, evaluation,
 * training), one per core by default, taking tasks from one {@link FairQueue}: however many large
 * jobs a tenant runs, another tenant's next task starts as soon as any running task ends.
 */
public final class FairExecutor implements AutoCloseable {

    private final FairQueue queue = new FairQueue();
    private final ThreadPoolExecutor pool;

    public FairExecutor(int threads, String threadName) {
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, queue,
                Thread.ofPlatform().name(threadName, 1).daemon(true).factory());
        // with every thread started, each task goes through the queue and waits its turn
        pool.prestartAllCoreThreads();
    }

    void execute(FairTask task) {
        pool.execute(task);
    }

    /** Takes a job's waiting tasks out of the queue and tells each it was dropped; its running tasks go on. */
    void drop(TaskOwner owner) {
        queue.drop(owner).forEach(FairTask::dropped);
    }

    /**
     * At shutdown, running tasks are interrupted and waiting ones forgotten: their executions stay
     * running in the job repository, so they resume elsewhere, or here once this instance is back.
     */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
