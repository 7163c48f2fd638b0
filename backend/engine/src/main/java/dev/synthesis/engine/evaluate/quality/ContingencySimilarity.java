package dev.synthesis.engine.evaluate.quality;

import java.util.HashMap;
import java.util.Map;

/**
 * SDMetrics ContingencySimilarity for column pairs with at least one categorical column (numeric
 * ones binned by {@link Discretizer}): 1 − TVD between the real and the synthetic normalised 2-D
 * contingency tables, TVD = ½ Σ_(a,b) |p_real(a, b) − p_syn(a, b)|. Missing values are a category
 * and every row counts, as with SDMetrics' {@code groupby(dropna=False)}.
 */
public final class ContingencySimilarity {

    static final long DENSE_LIMIT = 1L << 20;

    private ContingencySimilarity() {
    }

    public static double score(int[] realA, int[] realB, int[] synA, int[] synB, int bucketsA, int bucketsB) {
        if ((long) bucketsA * bucketsB <= DENSE_LIMIT) {
            double[] real = dense(realA, realB, bucketsB, bucketsA * bucketsB);
            double[] synthetic = dense(synA, synB, bucketsB, bucketsA * bucketsB);
            return 1 - Frequencies.totalVariation(real, synthetic);
        }
        return 1 - sparseTotalVariation(sparse(realA, realB, bucketsB), sparse(synA, synB, bucketsB));
    }

    static double[] dense(int[] a, int[] b, int bucketsB, int cells) {
        double[] shares = new double[cells];
        for (int row = 0; row < a.length; row++) {
            shares[a[row] * bucketsB + b[row]]++;
        }
        for (int cell = 0; a.length > 0 && cell < cells; cell++) {
            shares[cell] /= a.length;
        }
        return shares;
    }

    static Map<Long, Double> sparse(int[] a, int[] b, int bucketsB) {
        Map<Long, Double> shares = new HashMap<>();
        for (int row = 0; row < a.length; row++) {
            shares.merge((long) a[row] * bucketsB + b[row], 1d / a.length, Double::sum);
        }
        return shares;
    }

    private static double sparseTotalVariation(Map<Long, Double> p, Map<Long, Double> q) {
        double sum = 0;
        for (Map.Entry<Long, Double> cell : p.entrySet()) {
            sum += Math.abs(cell.getValue() - q.getOrDefault(cell.getKey(), 0d));
        }
        for (Map.Entry<Long, Double> cell : q.entrySet()) {
            if (!p.containsKey(cell.getKey())) {
                sum += cell.getValue();
            }
        }
        return sum / 2;
    }
}
