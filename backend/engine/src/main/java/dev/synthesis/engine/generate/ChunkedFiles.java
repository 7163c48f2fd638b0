package dev.synthesis.engine.generate;

import dev.synthesis.engine.io.Gzip;
import dev.synthesis.engine.io.OutputFormat;
import dev.synthesis.engine.io.RowWriter;
import dev.synthesis.engine.io.RowWriters;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes a CSV or JSON Lines file on several threads: each chunk of rows is generated, formatted and,
 * for gzip, compressed as its own gzip member on a worker thread, and the chunks go to the output in
 * row order. Joined parts of these formats are one valid file, and so are concatenated gzip members
 * (RFC 1952, read whole by {@code gzip -d} and {@link java.util.zip.GZIPInputStream}), so the
 * decompressed bytes are the same as one writer's. Chunks have a fixed row count, so the bytes do not
 * depend on the number of threads; at most {@code 2 × threads} chunks are in memory.
 */
public final class ChunkedFiles {

    /** About 1-6 MB of text per chunk (60-350 bytes a row): a member's header and fresh dictionary then cost nothing. */
    static final int CHUNK_ROWS = 16_384;

    private ChunkedFiles() {}

    /** Whether {@link #write} can produce the format (it must be splittable into parts). */
    public static boolean supports(OutputFormat format) {
        return RowWriters.isSplittable(format);
    }

    public static void write(SynthesisModel model, long seed, long firstRow, long rowCount, int threads, OutputFormat format,
                             boolean gzip, OutputStream out) {
        long chunks = Math.max(1, Math.ceilDiv(rowCount, CHUNK_ROWS));
        AtomicInteger largest = new AtomicInteger(1 << 16);
        OrderedGeneration.inOrder(chunks, threads, chunk -> {
            long start = firstRow + chunk * CHUNK_ROWS;
            long length = Math.max(0, Math.min(CHUNK_ROWS, firstRow + rowCount - start));
            ByteArrayOutputStream bytes = chunk(model, seed, start, length, format, gzip, chunk == 0, largest.get());
            largest.accumulateAndGet(bytes.size(), Math::max);
            return bytes;
        }, bytes -> {
            try {
                bytes.writeTo(out);
            } catch (IOException failed) {
                throw new UncheckedIOException(failed);
            }
        });
    }

    /** Sized like the largest chunk so far, as chunks are alike: growing by copies showed in the profile. */
    private static ByteArrayOutputStream chunk(SynthesisModel model, long seed, long start, long length, OutputFormat format,
                                               boolean gzip, boolean first, int expectedBytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(expectedBytes + expectedBytes / 8);
        try (OutputStream target = gzip ? Gzip.compressing(bytes) : bytes;
             RowWriter writer = RowWriters.openPart(format, target, model.schema(), first)) {
            model.generate(seed, start, length, writer);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return bytes;
    }
}
