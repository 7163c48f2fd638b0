package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.RowSink;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Generates a row range as contiguous partitions on parallel threads, each into its own sink. Because
 * rows depend only on (seed, row index), the union of the partitions is exactly the single-pass output.
 */
public final class ParallelGeneration {

    private ParallelGeneration() {}

    /** @param sinkForPartition gives partition p (0-based, in row order) its sink */
    public static void generate(SynthesisModel model, long seed, long firstRow, long rowCount, int partitions,
                                IntFunction<RowSink> sinkForPartition) {
        int count = (int) Math.max(1, Math.min(partitions, rowCount));
        long size = Math.ceilDiv(rowCount, count);
        try (ExecutorService threads = Executors.newFixedThreadPool(count)) {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < count; p++) {
                long start = firstRow + p * size;
                long length = Math.max(0, Math.min(size, firstRow + rowCount - start));
                RowSink sink = sinkForPartition.apply(p);
                running.add(threads.submit(() -> model.generate(seed, start, length, sink)));
            }
            for (Future<?> partition : running) {
                partition.get();
            }
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation was interrupted", interrupted);
        }
    }
}
