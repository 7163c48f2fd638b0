package dev.synthesis.engine.evaluate.privacy;

import java.util.Arrays;

/** Empirical quantiles by the nearest-rank rule. */
final class Quantiles {

    private Quantiles() {
    }

    static double of(double[] values, double probability) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(probability * sorted.length);
        return sorted[Math.clamp(rank - 1, 0, sorted.length - 1)];
    }
}
