package dev.synthesis.engine.bench;

import java.nio.file.Path;

/** Gzip alone of a file's bytes at one level: the figures the engine's level was chosen by. */
record GzipLevel(int level, double rowsPerSecond, double ratio) {

    static GzipLevel measure(Path file, long rows, int threads, int level) {
        SameBytesGzip.Compression compression = SameBytesGzip.compress(file, threads, level);
        return new GzipLevel(level, rows / compression.seconds(), compression.ratio());
    }

    String text() {
        return String.format("level %d %,.0f rows/s ratio %.2f", level, rowsPerSecond, ratio);
    }
}
