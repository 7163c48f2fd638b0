package dev.synthesis.app.jobs.internal;

import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/** Runs one partition of a partitioned step and answers its execution as it ended. */
public interface PartitionRunner {

    StepExecution run(Step worker, StepExecution partition) throws Exception;

    /** On this instance's thread, the way a partition runs without remote partitioning. */
    PartitionRunner LOCAL = (worker, partition) -> {
        worker.execute(partition);
        return partition;
    };
}
