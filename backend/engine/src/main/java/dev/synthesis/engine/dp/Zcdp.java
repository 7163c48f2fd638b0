package dev.synthesis.engine.dp;

/**
 * Zero-concentrated differential privacy (Bun and Steinke, TCC 2016): ρ-zCDP mechanisms compose by
 * adding their ρ; the total converts to (ε, δ)-DP with the conversion of Canonne, Kamath and Steinke
 * 2020 (proposition 12 / corollary 13), minimised over the Rényi order α.
 */
public final class Zcdp {

    private Zcdp() {}

    public static double gaussianRho(double l2Sensitivity, double sigma) {
        return l2Sensitivity * l2Sensitivity / (2 * sigma * sigma);
    }

    public static double gaussianSigma(double l2Sensitivity, double rho) {
        return l2Sensitivity / Math.sqrt(2 * rho);
    }

    public static double exponentialRho(double epsilon) {
        return epsilon * epsilon / 8;
    }

    public static double exponentialEpsilon(double rho) {
        return Math.sqrt(8 * rho);
    }

    /** The smallest ε with ρ-zCDP ⇒ (ε, δ)-DP, by a search over α on a log grid refined around its best point. */
    public static double epsilon(double rho, double delta) {
        if (rho <= 0) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        double bestAlpha = 2;
        for (double logAlpha = -8; logAlpha <= 12; logAlpha += 0.01) {
            double alpha = 1 + Math.exp(logAlpha);
            double value = epsilonAt(alpha, rho, delta);
            if (value < best) {
                best = value;
                bestAlpha = alpha;
            }
        }
        return Math.max(0, Math.min(best, epsilonAt(bestAlpha, rho, delta)));
    }

    /** The largest ρ whose conversion at δ is at most ε. */
    public static double rho(double epsilon, double delta) {
        double low = 0;
        double high = epsilon + 1;
        for (int i = 0; i < 200; i++) {
            double middle = (low + high) / 2;
            if (epsilon(middle, delta) <= epsilon) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static double epsilonAt(double alpha, double rho, double delta) {
        return alpha * rho + (Math.log(1 / delta) + (alpha - 1) * Math.log1p(-1 / alpha) - Math.log(alpha)) / (alpha - 1);
    }
}
