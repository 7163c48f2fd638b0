package dev.synthesis.engine.bench;

/**
 * One writer's figures in the benchmark, all in rows per second of the same rows.
 *
 * @param plainRowsPerSecond generation and formatting to an uncompressed file, on parallel chunks
 * @param gzipRowsPerSecond  the same, each chunk compressed as its own gzip member on the worker threads
 * @param sinkRowsPerSecond  gzip alone of the same uncompressed bytes, at the same level, on the same threads
 */
record WriterRates(double plainRowsPerSecond, double gzipRowsPerSecond, double sinkRowsPerSecond) {

    /** How close the gzip writer runs to what compression alone allows. */
    double ofSink() {
        return gzipRowsPerSecond / sinkRowsPerSecond;
    }
}
