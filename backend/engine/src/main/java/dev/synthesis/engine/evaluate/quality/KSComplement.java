package dev.synthesis.engine.evaluate.quality;

/**
 * SDMetrics KSComplement for numeric and datetime columns: 1 − D, where D is the two-sample
 * Kolmogorov–Smirnov statistic, the largest vertical gap between the real and the synthetic
 * empirical CDFs of the present values. Missing values are left to {@link MissingValueSimilarity}.
 */
public final class KSComplement {

    private KSComplement() {
    }

    public static double score(NumericValues real, NumericValues synthetic) {
        if (real.isEmpty() || synthetic.isEmpty()) {
            return real.isEmpty() == synthetic.isEmpty() ? 1 : 0;
        }
        return 1 - statistic(real.sorted(), synthetic.sorted());
    }

    static double statistic(double[] a, double[] b) {
        int i = 0;
        int j = 0;
        double gap = 0;
        while (i < a.length && j < b.length) {
            double step = Math.min(a[i], b[j]);
            while (i < a.length && a[i] == step) {
                i++;
            }
            while (j < b.length && b[j] == step) {
                j++;
            }
            gap = Math.max(gap, Math.abs((double) i / a.length - (double) j / b.length));
        }
        return gap;
    }
}
