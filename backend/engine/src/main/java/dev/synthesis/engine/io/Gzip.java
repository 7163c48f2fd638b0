package dev.synthesis.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The one compression setting of every gzip output (engine, CLI, the platform's generation parts).
 *
 * <p>Level 1, chosen by measurement: {@code ./synthesis bench --rows 1000000 --gzip-levels 1,3,6}
 * compresses each table's 1,000,000 generated CSV rows alone on 2 threads (2026-12-05, 2-core machine
 * shared with other jobs, load average 14, so the rates are low but comparable with each other):
 * <pre>
 * table                 level 1 rows/s, ratio   level 3            level 6
 * abalone                 679,788  2.50        345,274  2.76      100,826  3.12
 * credit-card-default     292,645  2.31        123,126  2.48       38,850  2.68
 * german-credit           298,632  3.54        137,056  4.56       62,178  5.81
 * hotel-bookings          434,908  4.33        214,481  5.27       93,576  6.42
 * </pre>
 * Over the eleven bench tables level 6 (the JDK's default) is 4-10 times slower than level 1 for
 * files 13-44 % smaller, and would again set the writers' pace; level 3 is 1.3-3.4 times slower for
 * files 7-27 % smaller. Huffman-only ({@code Deflater.HUFFMAN_ONLY}) was tried
 * too: faster on numeric tables but 2.6 times larger on hotel-bookings (ratio 1.64 against 4.33).
 * The full table is in the engine README.
 */
public final class Gzip {

    public static final int LEVEL = 1;

    private static final int BUFFER_BYTES = 1 << 16;

    private Gzip() {}

    /** A gzip stream at {@link #LEVEL}; closing it finishes the member and closes {@code out}. */
    public static OutputStream compressing(OutputStream out) throws IOException {
        return new LeveledGzip(out, LEVEL);
    }

    /** At another level, for the benchmark that compares levels. */
    public static OutputStream compressing(OutputStream out, int level) throws IOException {
        return new LeveledGzip(out, level);
    }

    /** GZIPOutputStream offers no level; its deflater is protected so a subclass can set one before any byte. */
    private static final class LeveledGzip extends GZIPOutputStream {

        LeveledGzip(OutputStream out, int level) throws IOException {
            super(out, BUFFER_BYTES);
            def.setLevel(level);
        }
    }
}
