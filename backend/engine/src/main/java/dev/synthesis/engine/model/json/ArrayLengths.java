package dev.synthesis.engine.model.json;

import dev.synthesis.engine.model.RowRandom;
import java.util.Arrays;

/**
 * How many items an array holds: a distribution over {@code min, min + 1, ...}, learned from a seed's
 * array lengths or uniform over the declared bounds.
 *
 * @param cumulative cumulative share of each length from {@code min} upwards; the last is 1
 */
public record ArrayLengths(int min, double[] cumulative) {

    public static ArrayLengths uniform(int min, int max) {
        double[] cumulative = new double[max - min + 1];
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] = (i + 1.0) / cumulative.length;
        }
        return new ArrayLengths(min, cumulative);
    }

    /** @param counts how often each length from {@code min} upwards occurred; at least one is positive */
    public static ArrayLengths counted(int min, double[] counts) {
        double total = Arrays.stream(counts).sum();
        double[] cumulative = new double[counts.length];
        double running = 0;
        for (int i = 0; i < counts.length; i++) {
            running += counts[i];
            cumulative[i] = running / total;
        }
        cumulative[counts.length - 1] = 1;
        return new ArrayLengths(min, cumulative);
    }

    int sample(RowRandom random) {
        int position = Arrays.binarySearch(cumulative, random.nextDouble());
        int index = position >= 0 ? position + 1 : -position - 1;
        return min + Math.min(index, cumulative.length - 1);
    }
}
