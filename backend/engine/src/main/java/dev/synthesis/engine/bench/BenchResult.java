package dev.synthesis.engine.bench;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One benchmark line.
 *
 * @param nullRowsPerSecond generation to a sink that drops rows, on parallel partitions
 * @param csv               the CSV writer's rates beside gzip of the same bytes
 * @param jsonl             the JSON Lines writer's rates beside gzip of the same bytes
 * @param correlationError  mean absolute gap between seed and synthetic pairwise Pearson correlations of numeric columns
 * @param independentError  the same with fields sampled independently (no joint model)
 * @param jointModel        the joint model training chose (copula or trees)
 * @param gzipLevels        gzip alone of the CSV bytes at the levels asked for, printed on a line of their own
 */
public record BenchResult(String table, int rows, int columns, double trainSeconds, double nullRowsPerSecond,
                          WriterRates csv, WriterRates jsonl, long peakHeapMegabytes, double correlationError,
                          double independentError, String jointModel, List<GzipLevel> gzipLevels) {

    private static final String WRITER_HEADER = "%11s %11s %11s %5s";
    private static final String WRITER_LINE = "%,11.0f %,11.0f %,11.0f %5.2f";

    public static String header() {
        return String.format("%-28s %7s %4s %8s %11s " + WRITER_HEADER + " " + WRITER_HEADER + " %7s %9s %9s  %s", "table",
                "rows", "cols", "train s", "null", "csv", "csv.gz", "gzip alone", "ratio", "jsonl", "jsonl.gz", "gzip alone",
                "ratio", "heap MB", "corr err", "indep err", "joint model");
    }

    public String line() {
        return String.format("%-28s %7d %4d %8.2f %,11.0f " + WRITER_LINE + " " + WRITER_LINE + " %7d %9.4f %9.4f  %s", table,
                rows, columns, trainSeconds, nullRowsPerSecond, csv.plainRowsPerSecond(), csv.gzipRowsPerSecond(),
                csv.sinkRowsPerSecond(), csv.ofSink(), jsonl.plainRowsPerSecond(), jsonl.gzipRowsPerSecond(),
                jsonl.sinkRowsPerSecond(), jsonl.ofSink(), peakHeapMegabytes, correlationError, independentError, jointModel)
                + (gzipLevels.isEmpty() ? "" : gzipLevels.stream().map(GzipLevel::text)
                        .collect(Collectors.joining("; ", "%n  gzip of the csv bytes: ".formatted(), "")));
    }
}
