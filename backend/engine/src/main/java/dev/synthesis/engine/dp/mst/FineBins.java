package dev.synthesis.engine.dp.mst;

import dev.synthesis.engine.schema.FieldType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Data-independent bins over a field's private range, fine enough that a value's shape survives
 * inside the coarse bins the 2-way marginals use. Widths grow log-linearly away from zero (a tenth of
 * a value's magnitude, between a floor and a ceiling set by the range), which suits skewed amounts:
 * small values keep their own bins, large ones share wider bins. Integers and dates have bins of
 * whole units centred on them (edges at k ± ½), so small integers stay exact; a number range holding
 * zero gets a point bin at 0, so a spike of zeros is kept exactly. Bin i is [edges[i], edges[i+1]);
 * the point bin has equal edges.
 *
 * @param zero the index of the point bin at 0, or -1
 */
record FineBins(double[] edges, int zero) {

    /** Relative width of a bin away from zero. */
    static final double RELATIVE_WIDTH = 0.08;
    /** At least this many bins over any range wider than a few units. */
    static final int MIN_BINS = 48;
    /** Numbers: the narrowest bin is this fraction of the range. */
    static final int FINEST = 4096;
    /** Dates and date-times: bins are linear, this many over the range. */
    static final int TEMPORAL_BINS = 128;

    static FineBins of(FieldType type, double lower, double upper) {
        double range = upper - lower;
        if (type.isTemporal()) {
            double width = Math.max(1, Math.ceil((range + 1) / TEMPORAL_BINS));
            return new FineBins(walk(lower - 0.5, upper + 0.5, x -> width), -1);
        }
        if (type == FieldType.INTEGER) {
            double anchor = Math.max(lower, Math.min(upper, 0));
            double ceiling = Math.max(1, Math.floor(range / MIN_BINS));
            Width width = x -> Math.max(1, Math.min(ceiling, Math.floor(RELATIVE_WIDTH * Math.abs(x))));
            return new FineBins(outward(lower - 0.5, anchor - 0.5, anchor + 0.5, upper + 0.5, width), -1);
        }
        if (range <= 0) {
            return new FineBins(new double[] {lower, upper}, lower == 0 ? 0 : -1);
        }
        double floor = range / FINEST;
        double ceiling = range / MIN_BINS;
        Width width = x -> Math.max(floor, Math.min(ceiling, RELATIVE_WIDTH * Math.abs(x)));
        if (lower <= 0 && upper >= 0) {
            return withZero(outward(lower, 0, 0, upper, width));
        }
        return new FineBins(walk(lower, upper, width), -1);
    }

    int size() {
        return edges.length - 1;
    }

    /** The bin of an axis value, values outside the range clipped into the first or last bin. */
    int bin(double x) {
        if (zero >= 0 && x == 0) {
            return zero;
        }
        int position = Arrays.binarySearch(edges, x);
        int index = position >= 0 ? lastEqual(position) : -position - 2;
        return Math.max(0, Math.min(size() - 1, index));
    }

    boolean isPoint(int bin) {
        return bin == zero;
    }

    private int lastEqual(int position) {
        int index = position;
        while (index + 1 < edges.length && edges[index + 1] == edges[position]) {
            index++;
        }
        return index;
    }

    private interface Width {
        double at(double x);
    }

    /** Edges from {@code from} to {@code to}, each bin as wide as the rule says at its edge nearer zero. */
    private static double[] walk(double from, double to, Width width) {
        List<Double> edges = new ArrayList<>(List.of(from));
        double x = from;
        while (x < to) {
            double step = width.at(x >= 0 ? x : Math.min(0, x + width.at(x)));
            x = Math.min(to, x + step);
            edges.add(x);
        }
        if (edges.size() == 1) {
            edges.add(to);
        }
        return edges.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Edges growing away from an anchor in both directions: [lower, downFrom] mirrored, then [upFrom, upper]. */
    private static double[] outward(double lower, double downFrom, double upFrom, double upper, Width width) {
        double[] below = downFrom > lower ? walk(-downFrom, -lower, x -> width.at(-x)) : new double[] {-downFrom};
        double[] above = upper > upFrom ? walk(upFrom, upper, width) : new double[] {upFrom};
        double[] edges = new double[below.length + above.length];
        for (int i = 0; i < below.length; i++) {
            edges[below.length - 1 - i] = -below[i];
        }
        System.arraycopy(above, 0, edges, below.length, above.length);
        return edges;
    }

    /** The two walks meet at 0 with edges ..., 0, 0, ...: the empty interval between them becomes the point bin. */
    private static FineBins withZero(double[] edges) {
        int zero = 0;
        while (zero + 1 < edges.length && !(edges[zero] == 0 && edges[zero + 1] == 0)) {
            zero++;
        }
        return new FineBins(edges, zero + 1 < edges.length ? zero : -1);
    }
}
