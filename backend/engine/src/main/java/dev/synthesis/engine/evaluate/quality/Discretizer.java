package dev.synthesis.engine.evaluate.quality;

import dev.synthesis.engine.evaluate.EncodedColumn;

/**
 * Turns a column into bucket codes for contingency tables: categories keep their code, numeric
 * values fall into {@value #BINS} equal-width bins over the real column's range (values outside
 * it go to the nearest end bin, as in SDMetrics), and a missing value is a bucket of its own.
 *
 * @param bucketCount number of buckets, the missing one included
 * @param min         real minimum of a numeric column
 * @param width       bin width of a numeric column
 */
public record Discretizer(int bucketCount, double min, double width) {

    public static final int BINS = 10;

    public static Discretizer forReal(EncodedColumn real) {
        if (!real.isNumeric()) {
            return new Discretizer(real.dictionary().size() + 1, 0, 0);
        }
        NumericValues values = NumericValues.of(real.numbers());
        if (values.isEmpty()) {
            return new Discretizer(BINS + 1, 0, 0);
        }
        return new Discretizer(BINS + 1, values.min(), (values.max() - values.min()) / BINS);
    }

    /** Bucket codes of a column of any table of the evaluation; build after every table is encoded so all categories have a bucket. */
    public int[] buckets(EncodedColumn column) {
        int[] buckets = new int[column.size()];
        int missing = bucketCount - 1;
        for (int row = 0; row < buckets.length; row++) {
            buckets[row] = column.isMissing(row) ? missing : bucket(column, row, missing);
        }
        return buckets;
    }

    private int bucket(EncodedColumn column, int row, int missing) {
        if (!column.isNumeric()) {
            return Math.min(column.codes()[row], missing - 1);
        }
        if (width == 0) {
            return 0;
        }
        int bin = (int) ((column.numbers()[row] - min) / width);
        return Math.clamp(bin, 0, BINS - 1);
    }
}
