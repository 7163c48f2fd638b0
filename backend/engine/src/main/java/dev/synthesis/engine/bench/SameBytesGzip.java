package dev.synthesis.engine.bench;

import dev.synthesis.engine.io.Gzip;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The gzip sink's own rate on this machine: the bytes a writer wrote, compressed at a level on the
 * same number of threads (one contiguous range each, as one gzip member), with no generation or
 * formatting. A writer's gzip rate divided by this is how close it runs to compression's limit.
 */
final class SameBytesGzip {

    private static final int READ_BYTES = 1 << 20;

    /** @param compressedBytes the size of the compressed members together */
    record Compression(double seconds, long plainBytes, long compressedBytes) {

        double ratio() {
            return (double) plainBytes / compressedBytes;
        }
    }

    private SameBytesGzip() {}

    static Compression compress(Path file, int threads, int level) {
        long started = System.nanoTime();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
             ExecutorService workers = Executors.newFixedThreadPool(threads)) {
            long size = channel.size();
            long share = Math.ceilDiv(size, threads);
            List<Future<Long>> ranges = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long from = Math.min(size, t * share);
                long to = Math.min(size, from + share);
                ranges.add(workers.submit(() -> compressRange(channel, from, to, level)));
            }
            long compressed = 0;
            for (Future<Long> range : ranges) {
                compressed += range.get();
            }
            return new Compression((System.nanoTime() - started) / 1e9, size, compressed);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (ExecutionException failed) {
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    private static long compressRange(FileChannel channel, long from, long to, int level) throws IOException {
        CountingDiscard counted = new CountingDiscard();
        ByteBuffer buffer = ByteBuffer.allocate(READ_BYTES);
        try (OutputStream gzip = Gzip.compressing(counted, level)) {
            for (long position = from; position < to; ) {
                buffer.clear().limit((int) Math.min(READ_BYTES, to - position));
                int read = channel.read(buffer, position);
                gzip.write(buffer.array(), 0, read);
                position += read;
            }
        }
        return counted.count;
    }

    /** Counts compressed bytes instead of storing them: the sink measured is compression, not a disk. */
    private static final class CountingDiscard extends OutputStream {

        private long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
