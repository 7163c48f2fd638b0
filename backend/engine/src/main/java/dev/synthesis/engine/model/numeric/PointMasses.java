package dev.synthesis.engine.model.numeric;

import java.util.Arrays;

/**
 * The values that carry a share of a column on their own (95 % zeros, a {@code -1} "never"
 * sentinel, a price everybody pays), each with the interval of the marginal's uniform it owns:
 * atom k is produced exactly for u in [from[k], to[k]). Intervals are sorted and disjoint, so the
 * mixed distribution's quantile function stays monotone and a copula can still couple it. We follow
 * synthpop's semi-continuous variables (Nowok, Raab &amp; Dibben 2016, JSS 74(11), argument
 * {@code semicont}): a spike is a value of its own, the rest of the column a continuous distribution.
 */
public record PointMasses(double[] values, double[] from, double[] to) {

    public static final PointMasses NONE = new PointMasses(new double[0], new double[0], new double[0]);

    public PointMasses {
        if (values.length != from.length || values.length != to.length) {
            throw new IllegalArgumentException("every point mass needs its interval");
        }
        values = values.clone();
        from = from.clone();
        to = to.clone();
    }

    boolean isEmpty() {
        return values.length == 0;
    }

    /** The total share of all point masses. */
    double total() {
        double total = 0;
        for (int k = 0; k < values.length; k++) {
            total += to[k] - from[k];
        }
        return total;
    }

    /** The point mass u falls in, or -1. */
    int owning(double u) {
        for (int k = 0; k < values.length; k++) {
            if (u >= from[k] && u < to[k]) {
                return k;
            }
        }
        return -1;
    }

    /** The index of a value that is a point mass, or -1. */
    int indexOf(double value) {
        for (int k = 0; k < values.length; k++) {
            if (values[k] == value) {
                return k;
            }
        }
        return -1;
    }

    /** The share of point masses whose interval ends at or below u. */
    double sharesBelow(double u) {
        double share = 0;
        for (int k = 0; k < values.length && to[k] <= u; k++) {
            share += to[k] - from[k];
        }
        return share;
    }

    /** The share of point masses at values below {@code value}. */
    double sharesOfValuesBelow(double value) {
        double share = 0;
        for (int k = 0; k < values.length && values[k] < value; k++) {
            share += to[k] - from[k];
        }
        return share;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointMasses that && Arrays.equals(values, that.values) && Arrays.equals(from, that.from)
                && Arrays.equals(to, that.to);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values) * 31 + Arrays.hashCode(from);
    }

    @Override
    public String toString() {
        return "PointMasses" + Arrays.toString(values);
    }
}
