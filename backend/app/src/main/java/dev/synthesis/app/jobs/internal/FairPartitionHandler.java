package dev.synthesis.app.jobs.internal;

import dev.synthesis.app.jobs.StopCheck;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantJobs;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobInterruptedException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.partition.StepExecutionSplitter;
import org.springframework.batch.core.partition.support.AbstractPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs a step's partitions as tasks of a {@link FairExecutor}, owned by the job's tenant and
 * execution, in partition order, and waits for them on the job's own thread; each task runs its
 * partition on its own thread or hands it to a remote worker and waits ({@link PartitionRunner}). Once the job cannot
 * complete (it was asked to stop, or a partition stopped or failed), its waiting partitions are
 * taken out of the queue unrun, instead of each starting only to stop: that is checked before each
 * partition starts and, while they wait, once a second.
 */
public final class FairPartitionHandler extends AbstractPartitionHandler {

    private static final Logger log = LoggerFactory.getLogger(FairPartitionHandler.class);
    private static final long RECHECK_SECONDS = 1;

    private final Step worker;
    private final FairExecutor executor;
    private final PartitionRunner runner;
    private final StopCheck stop;

    public FairPartitionHandler(Step worker, PartitionDistribution distribution, StopCheck stop) {
        this.worker = worker;
        this.executor = distribution.executor();
        this.runner = distribution.runner();
        this.stop = stop;
    }

    /**
     * A job asked to stop before its work is split ends here, as an interruption (STOPPED). The
     * split records each partition in the job repository, several statements apiece that Spring
     * Batch commits one by one (a few seconds for hundreds of partitions on a busy database); a
     * stop asked meanwhile takes effect as soon as it ends.
     */
    @Override
    public Collection<StepExecution> handle(StepExecutionSplitter splitter, StepExecution manager) throws Exception {
        if (stopRequested(owner(manager), manager.getJobParameters())) {
            throw new JobInterruptedException("the job was asked to stop before its work started");
        }
        return super.handle(splitter, manager);
    }

    @Override
    protected Set<StepExecution> doHandle(StepExecution manager, Set<StepExecution> partitions) throws Exception {
        TaskOwner owner = owner(manager);
        List<PartitionTask> tasks = partitions.stream().sorted(Comparator.comparing(StepExecution::getStepName))
                .map(partition -> new PartitionTask(owner, partition)).toList();
        tasks.forEach(executor::execute);
        awaitAll(CompletableFuture.allOf(tasks.stream().map(PartitionTask::done).toArray(CompletableFuture[]::new)),
                owner, manager.getJobParameters());
        return tasks.stream().map(task -> task.done().join()).collect(Collectors.toSet());
    }

    private void awaitAll(CompletableFuture<Void> all, TaskOwner owner, JobParameters parameters) throws Exception {
        while (true) {
            try {
                all.get(RECHECK_SECONDS, TimeUnit.SECONDS);
                return;
            } catch (TimeoutException stillRunning) {
                if (stopRequested(owner, parameters)) {
                    executor.drop(owner);
                }
            } catch (ExecutionException failed) {
                throw failed.getCause() instanceof Exception cause ? cause : failed;
            }
        }
    }

    private static TaskOwner owner(StepExecution manager) {
        return new TaskOwner(TenantJobs.tenantOf(manager.getJobParameters()), manager.getJobExecutionId());
    }

    /** A check that fails (the database is away) is not a stop: the partitions meet the same failure themselves. */
    private boolean stopRequested(TaskOwner owner, JobParameters parameters) {
        try {
            return TenantContext.callAs(owner.tenant(), () -> stop.requested(parameters));
        } catch (RuntimeException unknown) {
            log.warn("Could not check whether job execution {} was asked to stop: {}", owner.jobExecution(), unknown.toString());
            return false;
        }
    }

    /** One partition: runs its worker step, or is recorded as not run. */
    private final class PartitionTask implements FairTask {

        private final TaskOwner owner;
        private final StepExecution partition;
        private final CompletableFuture<StepExecution> done = new CompletableFuture<>();

        PartitionTask(TaskOwner owner, StepExecution partition) {
            this.owner = owner;
            this.partition = partition;
        }

        @Override
        public TaskOwner owner() {
            return owner;
        }

        CompletableFuture<StepExecution> done() {
            return done;
        }

        /** Whatever happens, {@link #done} completes: the job's thread waits for it. */
        @Override
        public void run() {
            try {
                if (stopRequested(owner, partition.getJobParameters())) {
                    dropped();
                    executor.drop(owner);
                    return;
                }
                StepExecution ended = runner.run(worker, partition);
                if (ended.getStatus() != BatchStatus.COMPLETED) {
                    // the job will not complete: its other partitions would be wasted work
                    executor.drop(owner);
                }
                done.complete(ended);
            } catch (Exception | Error failure) {
                executor.drop(owner);
                done.completeExceptionally(failure);
            }
        }

        /**
         * STOPPED for the step's outcome, and not written: the job repository keeps the partition
         * as created and never started, which it is, and a restart would run it like any other
         * that did not complete. A cancelled job's hundreds of waiting partitions thus cost no
         * database work at all.
         */
        @Override
        public void dropped() {
            partition.setStatus(BatchStatus.STOPPED);
            partition.setExitStatus(ExitStatus.STOPPED.addExitDescription("not run: its job stopped or failed first"));
            done.complete(partition);
        }
    }
}
