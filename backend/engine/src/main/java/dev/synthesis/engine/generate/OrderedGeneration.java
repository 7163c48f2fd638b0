package dev.synthesis.engine.generate;

import dev.synthesis.engine.data.RowSink;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongFunction;

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
        inOrder(Math.ceilDiv(rowCount, BLOCK_ROWS), threads, block -> {
            long start = firstRow + block * BLOCK_ROWS;
            return rows(model, seed, start, Math.min(BLOCK_ROWS, firstRow + rowCount - start));
        }, rows -> {
            for (Object[] row : rows) {
                sink.accept(row);
            }
        });
    }

    /**
     * Runs {@code task} for 0 … count − 1 on {@code threads} threads and hands the results to
     * {@code consumer} on the calling thread in that order, with at most {@code 2 × threads} results
     * made but not yet consumed.
     */
    static <T> void inOrder(long count, int threads, LongFunction<T> task, Consumer<T> consumer) {
        try (ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, threads))) {
            Deque<Future<T>> pending = new ArrayDeque<>();
            long next = 0;
            while (next < count || !pending.isEmpty()) {
                while (next < count && pending.size() < 2 * Math.max(1, threads)) {
                    long index = next++;
                    pending.add(workers.submit(() -> task.apply(index)));
                }
                consumer.accept(pending.removeFirst().get());
            }
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("generation was interrupted", interrupted);
        }
    }

    private static Object[][] rows(SynthesisModel model, long seed, long start, long length) {
        Object[][] rows = new Object[(int) length][];
        int[] filled = {0};
        model.generate(seed, start, length, row -> rows[filled[0]++] = row.clone());
        return rows;
    }
}
