package dev.synthesis.app.jobs.internal;

/**
 * Where the partitions of a distributed step run: the executor whose fair queue hands them out,
 * and how each one runs from there, on the thread itself or on a remote worker.
 */
public record PartitionDistribution(FairExecutor executor, PartitionRunner runner) implements AutoCloseable {

    /** Closes a dispatch executor of its own; the instance's worker threads close with their bean. */
    @Override
    public void close() {
        if (runner != PartitionRunner.LOCAL) {
            executor.close();
        }
    }
}
