package dev.synthesis.engine.evaluate.privacy;

/**
 * Gower's mixed-type distance (Gower, Biometrics 27, 1971): the mean over columns of per-column
 * distances in [0, 1]. Numeric: |x − y| / real range, capped at 1. Categorical: 0 when equal,
 * else 1. Missing: 0 when both are missing, 1 when only one is.
 */
final class GowerDistance {

    private GowerDistance() {
    }

    /**
     * Distance between row {@code i} of {@code a} and row {@code j} of {@code b}; once the running
     * total passes {@code bound} it returns early with some value above {@code bound}.
     */
    static double between(GowerRows a, int i, GowerRows b, int j, double bound) {
        int width = a.width();
        double limit = bound * width;
        double sum = categorical(a, i, b, j);
        if (sum > limit) {
            return sum / width;
        }
        int n = a.numericCount();
        double[] x = a.numbers();
        double[] y = b.numbers();
        for (int c = 0, xi = i * n, yi = j * n; c < n; c++, xi++, yi++) {
            double d = Math.abs(x[xi] - y[yi]);
            if (d != d) {
                d = Double.isNaN(x[xi]) && Double.isNaN(y[yi]) ? 0 : 1;
            }
            sum += Math.min(d, 1);
            if (sum > limit) {
                break;
            }
        }
        return sum / width;
    }

    private static double categorical(GowerRows a, int i, GowerRows b, int j) {
        int n = a.categoricalCount();
        int[] x = a.codes();
        int[] y = b.codes();
        int mismatches = 0;
        for (int c = 0, xi = i * n, yi = j * n; c < n; c++, xi++, yi++) {
            if (x[xi] != y[yi]) {
                mismatches++;
            }
        }
        return mismatches;
    }
}
