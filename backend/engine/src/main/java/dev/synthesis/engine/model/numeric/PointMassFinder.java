package dev.synthesis.engine.model.numeric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds a column's point masses: values seen at least {@value #MIN_COUNT} times that also carry at
 * least {@value #MIN_SHARE} of the column. Both floors keep it to real spikes (zeros, sentinels,
 * common prices): a value seen so often identifies nobody, and a continuous column's chance ties
 * stay in its smooth part.
 */
final class PointMassFinder {

    static final int MIN_COUNT = 10;
    static final double MIN_SHARE = 0.01;
    static final int MAX_MASSES = 32;

    private PointMassFinder() {}

    /** The point masses of sorted values, each owning its share of the uniform in value order. */
    static PointMasses find(double[] sorted) {
        int n = sorted.length;
        List<double[]> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= n; i++) {
            if (i == n || sorted[i] != sorted[start]) {
                int count = i - start;
                if (count >= MIN_COUNT && count >= MIN_SHARE * n) {
                    runs.add(new double[] {sorted[start], start, i});
                }
                start = i;
            }
        }
        if (runs.size() > MAX_MASSES) {
            runs.sort((a, b) -> Double.compare(b[2] - b[1], a[2] - a[1]));
            runs = new ArrayList<>(runs.subList(0, MAX_MASSES));
            runs.sort((a, b) -> Double.compare(a[0], b[0]));
        }
        double[] values = new double[runs.size()];
        double[] from = new double[runs.size()];
        double[] to = new double[runs.size()];
        for (int k = 0; k < runs.size(); k++) {
            values[k] = runs.get(k)[0];
            from[k] = runs.get(k)[1] / n;
            to[k] = runs.get(k)[2] / n;
        }
        return new PointMasses(values, from, to);
    }

    /** The sorted values that are not point masses. */
    static double[] without(double[] sorted, PointMasses masses) {
        return Arrays.stream(sorted).filter(value -> masses.indexOf(value) < 0).toArray();
    }
}
