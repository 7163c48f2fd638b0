package dev.synthesis.engine.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The one compression setting of every gzip output (engine, CLI, the platform's generation parts).
 *
 * <p>Level chosen by measurement ({@code GzipLevels} in the engine's benchmarks), gzip of the same
 * 1,000,000 generated CSV rows on one thread of the 2-core development machine:
 * FIGURES_PENDING
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
