package dev.synthesis.engine.testing;

import java.util.Arrays;

/** Statistics the tests assert on. */
public final class Stats {

    private Stats() {}

    /** Two-sample Kolmogorov-Smirnov distance: the largest gap between the empirical CDFs. */
    public static double ksDistance(double[] first, double[] second) {
        double[] a = first.clone();
        double[] b = second.clone();
        Arrays.sort(a);
        Arrays.sort(b);
        int i = 0;
        int j = 0;
        double distance = 0;
        while (i < a.length && j < b.length) {
            double x = Math.min(a[i], b[j]);
            while (i < a.length && a[i] <= x) {
                i++;
            }
            while (j < b.length && b[j] <= x) {
                j++;
            }
            distance = Math.max(distance, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return distance;
    }

    public static double pearson(double[] x, double[] y) {
        double meanX = Arrays.stream(x).average().orElse(0);
        double meanY = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - meanX) * (y[i] - meanY);
            sxx += (x[i] - meanX) * (x[i] - meanX);
            syy += (y[i] - meanY) * (y[i] - meanY);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    public static double lag1Autocorrelation(double[] series) {
        return pearson(Arrays.copyOfRange(series, 0, series.length - 1), Arrays.copyOfRange(series, 1, series.length));
    }
}
