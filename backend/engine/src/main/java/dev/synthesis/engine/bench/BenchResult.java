package dev.synthesis.engine.bench;

/**
 * One benchmark line.
 *
 * @param nullRowsPerSecond generation to a sink that drops rows, on parallel partitions
 * @param gzipRowsPerSecond generation on parallel blocks into one gzip-compressed CSV file, written in row order
 * @param correlationError  mean absolute gap between seed and synthetic pairwise Pearson correlations of numeric columns
 * @param independentError  the same with fields sampled independently (no joint model)
 * @param jointModel        the joint model training chose (copula or trees)
 */
public record BenchResult(String table, int rows, int columns, double trainSeconds, double nullRowsPerSecond,
                          double gzipRowsPerSecond, long peakHeapMegabytes, double correlationError,
                          double independentError, String jointModel) {

    public static String header() {
        return String.format("%-28s %7s %4s %9s %14s %14s %9s %10s %10s  %s", "table", "rows", "cols", "train s",
                "null rows/s", "gzip rows/s", "heap MB", "corr err", "indep err", "joint model");
    }

    public String line() {
        return String.format("%-28s %7d %4d %9.2f %,14.0f %,14.0f %9d %10.4f %10.4f  %s", table, rows, columns,
                trainSeconds, nullRowsPerSecond, gzipRowsPerSecond, peakHeapMegabytes, correlationError, independentError,
                jointModel);
    }
}
