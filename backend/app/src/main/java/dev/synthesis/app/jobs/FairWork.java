package dev.synthesis.app.jobs;

import dev.synthesis.app.jobs.internal.FairExecutor;
import dev.synthesis.app.jobs.internal.FairPartitionHandler;
import dev.synthesis.app.jobs.internal.PartitionDistribution;
import dev.synthesis.app.jobs.internal.PartitionRunner;
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
    private final PartitionDistribution distribution;
    private final JobRepository repository;

    FairWork(FairExecutor workers, PartitionDistribution distribution, JobRepository repository) {
        this.workers = workers;
        this.distribution = distribution;
        this.repository = repository;
    }

    /**
     * A step that runs {@code worker} once per partition, each partition a task of the worker
     * threads; once {@code stop} says so, or a partition did not complete, the job's waiting
     * partitions are dropped unrun.
     */
    public Step partitioned(String name, Step worker, Partitioner partitioner, StopCheck stop) {
        return step(name, worker, partitioner, new FairPartitionHandler(worker, new PartitionDistribution(workers, PartitionRunner.LOCAL), stop));
    }

    /**
     * A step like {@link #partitioned}, whose partitions run on worker processes over the broker
     * when remote partitioning is on ({@code synthesis.jobs.remote.enabled}); the fair queue then
     * decides which job's partition goes out next. {@code worker} must be a bean: a worker process
     * finds it by name.
     */
    public Step distributed(String name, Step worker, Partitioner partitioner, StopCheck stop) {
        return step(name, worker, partitioner, new FairPartitionHandler(worker, distribution, stop));
    }

    private Step step(String name, Step worker, Partitioner partitioner, FairPartitionHandler handler) {
        return new StepBuilder(name, repository)
                .partitioner(worker.getName(), partitioner)
                .partitionHandler(handler)
                .build();
    }

    /** A step that runs {@code worker} once, as one task of the worker threads. */
    public Step once(String name, Step worker, StopCheck stop) {
        return partitioned(name, worker, new SimplePartitioner(), stop);
    }
}
