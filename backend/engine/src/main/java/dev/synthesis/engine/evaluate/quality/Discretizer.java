package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;
import java.util.Arrays;

/**
 * Bucket codes for contingency tables, made as SDMetrics 0.29.0's Column Pair Trends makes them
 * ({@code ColumnPairTrends._discretize_column}). A categorical column keeps its codes, with missing
 * values in a bucket of their own. A numeric column is cut by {@code np.histogram_bin_edges}: ten
 * equal-width bins over the range of <em>that table's own</em> present values (the real and the
 * synthetic column are binned separately; a constant column over value ± 0.5), numbered by
 * {@code np.digitize}, which puts the column's maximum, and missing values, in an eleventh bucket.
 */
final class Discretizer {

    static final int BINS = 10;
    private static final int NUMERIC_BUCKETS = BINS + 1;

    private Discretizer() {
    }

    /** How many buckets a column's codes range over, in any table of the evaluation. */
    static int bucketCount(EncodedColumn column) {
        return column.isNumeric() ? NUMERIC_BUCKETS : column.dictionary().size() + 1;
    }

    static int[] buckets(EncodedColumn column) {
        return column.isNumeric() ? numericBuckets(column.numbers()) : categoricalBuckets(column);
    }

    private static int[] categoricalBuckets(EncodedColumn column) {
        int missing = column.dictionary().size();
        return Arrays.stream(column.codes()).map(code -> code < 0 ? missing : code).toArray();
    }

    private static int[] numericBuckets(double[] values) {
        double[] edges = edges(NumericValues.of(values));
        int[] buckets = new int[values.length];
        for (int row = 0; row < values.length; row++) {
            buckets[row] = Double.isNaN(values[row]) ? BINS : binOf(values[row], edges);
        }
        return buckets;
    }

    /** {@code np.histogram_bin_edges(values)}: {@code np.linspace(min, max, 11)}, or min ± 0.5 for a constant column. */
    private static double[] edges(NumericValues values) {
        double low = values.isEmpty() ? 0 : values.min();
        double high = values.isEmpty() ? 1 : values.max();
        if (low == high) {
            low -= 0.5;
            high += 0.5;
        }
        double[] edges = new double[BINS + 1];
        double step = (high - low) / BINS;
        for (int i = 0; i < BINS; i++) {
            edges[i] = low + i * step;
        }
        edges[BINS] = high;
        return edges;
    }

    /** {@code np.digitize(value, edges) - 1}: bin i holds edges[i] ≤ value < edges[i + 1]; the last edge itself is bin 10. */
    private static int binOf(double value, double[] edges) {
        int bin = 0;
        while (bin < BINS && value >= edges[bin + 1]) {
            bin++;
        }
        return bin;
    }
}
