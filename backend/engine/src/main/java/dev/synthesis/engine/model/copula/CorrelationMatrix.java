package dev.synthesis.engine.model.copula;

import java.util.Optional;

/** Correlation matrix helpers: Pearson correlation of columns, Cholesky factorisation and shrinkage to positive definiteness. */
public final class CorrelationMatrix {

    private CorrelationMatrix() {}

    /** Pearson correlations of the columns of {@code scores} (scores[field][row]). */
    public static double[][] pearson(double[][] scores) {
        int dimension = scores.length;
        double[][] standardised = new double[dimension][];
        for (int i = 0; i < dimension; i++) {
            standardised[i] = standardise(scores[i]);
        }
        double[][] correlation = new double[dimension][dimension];
        for (int i = 0; i < dimension; i++) {
            correlation[i][i] = 1;
            for (int j = 0; j < i; j++) {
                double value = dot(standardised[i], standardised[j]) / Math.max(1, scores[i].length - 1);
                correlation[i][j] = correlation[j][i] = Math.max(-1, Math.min(1, value));
            }
        }
        return correlation;
    }

    /** The Cholesky factor, shrinking towards the identity until the matrix is positive definite. */
    public static double[][] factor(double[][] correlation) {
        for (double shrink = 0; shrink < 1; shrink = shrink == 0 ? 0.01 : shrink * 1.5) {
            Optional<double[][]> factor = cholesky(shrunk(correlation, shrink));
            if (factor.isPresent()) {
                return factor.get();
            }
        }
        return shrunk(correlation, 1);
    }

    static Optional<double[][]> cholesky(double[][] matrix) {
        int n = matrix.length;
        double[][] lower = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = matrix[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= lower[i][k] * lower[j][k];
                }
                if (i == j) {
                    if (sum <= 1e-10) {
                        return Optional.empty();
                    }
                    lower[i][i] = Math.sqrt(sum);
                } else {
                    lower[i][j] = sum / lower[j][j];
                }
            }
        }
        return Optional.of(lower);
    }

    private static double[][] shrunk(double[][] correlation, double shrink) {
        int n = correlation.length;
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                result[i][j] = i == j ? 1 : (1 - shrink) * correlation[i][j];
            }
        }
        return result;
    }

    private static double[] standardise(double[] values) {
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        double variance = java.util.Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / Math.max(1, values.length - 1);
        double sd = variance > 0 ? Math.sqrt(variance) : 1;
        return java.util.Arrays.stream(values).map(v -> (v - mean) / sd).toArray();
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
