package dev.synthesis.engine.evaluate.quality;

import java.util.Arrays;

/** The present (non-NaN) values of a numeric column, sorted, with their range. */
public record NumericValues(double[] sorted) {

    public static NumericValues of(double[] values) {
        double[] present = Arrays.stream(values).filter(value -> !Double.isNaN(value)).toArray();
        Arrays.sort(present);
        return new NumericValues(present);
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }
}
