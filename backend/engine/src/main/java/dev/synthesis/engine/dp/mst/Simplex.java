package dev.synthesis.engine.dp.mst;

import java.util.Arrays;

/**
 * Euclidean projection of noisy counts onto {x ≥ 0, Σx = total} (Duchi et al., "Efficient projections
 * onto the l1-ball for learning in high dimensions", ICML 2008): subtract one constant from every
 * count and clip at zero. Noise spread over empty cells is removed instead of becoming spurious mass.
 * When the clipped counts already sum to less than the total, the exact projection would add the same
 * mass to every cell, empty ones included; the counts are then only clipped (callers normalise).
 */
final class Simplex {

    private Simplex() {}

    static double[] project(double[] noisy, double total) {
        int n = noisy.length;
        if (n == 0) {
            return new double[0];
        }
        if (total <= 0) {
            return new double[n];
        }
        double[] sorted = noisy.clone();
        Arrays.sort(sorted);
        double running = 0;
        double shift = 0;
        for (int k = 1; k <= n; k++) {
            running += sorted[n - k];
            double candidate = (running - total) / k;
            if (sorted[n - k] - candidate > 0) {
                shift = Math.max(0, candidate);
            }
        }
        double[] projected = new double[n];
        for (int i = 0; i < n; i++) {
            projected[i] = Math.max(0, noisy[i] - shift);
        }
        return projected;
    }
}
