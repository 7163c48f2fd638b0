package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.RowSink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates on several threads into one sink that needs rows in order (a file writer): blocks of rows
 * are produced in parallel and handed to the sink block by block, in row order. At most
 * {@code 2 × threads} blocks are in memory, so memory stays bounded whatever the row count.
 */
public final class OrderedGeneration {

    static final int BLOCK_ROWS = 4_096;

    private OrderedGeneration() {}

    public static void generate(SynthesisModel model, long seed, long firstRow, long rowCount, int threads, RowSink sink) {
        if (threads <= 1) {
            model.generate(seed, firstRow, rowCount, sink);
            return;
        }
        try (ExecutorService workers = Executors.newFixedThreadPool(threads)) {
            Deque<Future<Object[][]>> pending = new ArrayDeque<>();
            long next = firstRow;
            long end = firstRow + rowCount;
            while (next < end || !pending.isEmpty()) {
                while (next < end && pending.size() < 2 * threads) {
                    pending.add(workers.submit(block(model, seed, next, Math.min(BLOCK_ROWS, end - next))));
                    next += BLOCK_ROWS;
                }
                for (Object[] row : pending.removeFirst().get()) {
                    sink.accept(row);
                }
            }
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation was interrupted", interrupted);
        }
    }

    private static java.util.concurrent.Callable<Object[][]> block(SynthesisModel model, long seed, long start, long length) {
        return () -> {
            Object[][] rows = new Object[(int) length][];
            int[] filled = {0};
            model.generate(seed, start, length, row -> rows[filled[0]++] = row.clone());
            return rows;
        };
    }
}
