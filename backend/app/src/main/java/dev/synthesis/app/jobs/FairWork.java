package dev.synthesis.app.jobs;

import dev.synthesis.app.jobs.internal.FairExecutor;
import dev.synthesis.app.jobs.internal.FairPartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.SimplePartitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.stereotype.Component;

/**
 * Builds the steps that do a job's CPU work on the instance's worker threads, whose queue is fair
 * between tenants: round-robin between tenants, then between a tenant's jobs, first come first
 * served within a job. A new tenant's work therefore starts as soon as any running task ends. Any
 * CPU-heavy step goes through here: a step run on the job's own thread would not be bounded.
 */
@Component
public class FairWork {

    private final FairExecutor workers;
    private final JobRepository repository;

    FairWork(FairExecutor workers, JobRepository repository) {
        this.workers = workers;
        this.repository = repository;
    }

    /**
     * A step that runs {@code worker} once per partition, each partition a task of the worker
     * threads; once {@code stop} says so, or a partition did not complete, the job's waiting
     * partitions are dropped unrun.
     */
    public Step partitioned(String name, Step worker, Partitioner partitioner, StopCheck stop) {
        return new StepBuilder(name, repository)
                .partitioner(worker.getName(), partitioner)
                .partitionHandler(new FairPartitionHandler(worker, workers, stop))
                .build();
    }

    /** A step that runs {@code worker} once, as one task of the worker threads. */
    public Step once(String name, Step worker, StopCheck stop) {
        return partitioned(name, worker, new SimplePartitioner(), stop);
    }
}
