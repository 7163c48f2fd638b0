package dev.synthesis.engine.dp;

/**
 * Zero-concentrated differential privacy (Bun and Steinke, "Concentrated Differential Privacy:
 * Simplifications, Extensions, and Lower Bounds", TCC 2016): ρ-zCDP releases compose by adding their
 * ρ, and a total ρ converts to (ε, δ)-DP. The conversion is the one of Canonne, Kamath and Steinke
 * 2020 (proposition 12, minimised over the Rényi order α, as in McKenna's private-pgm), tighter than
 * the textbook ε = ρ + 2·sqrt(ρ·ln(1/δ)).
 */
public final class Zcdp {

    private static final int SEARCH_STEPS = 200;

    private Zcdp() {}

    /** The Gaussian mechanism with noise σ on a query of L2 sensitivity Δ is Δ²/(2σ²)-zCDP. */
    public static double gaussianRho(double l2Sensitivity, double sigma) {
        return l2Sensitivity * l2Sensitivity / (2 * sigma * sigma);
    }

    public static double gaussianSigma(double l2Sensitivity, double rho) {
        return l2Sensitivity / Math.sqrt(2 * rho);
    }

    /**
     * An ε-DP exponential mechanism is ε²/8-zCDP, being ε-bounded-range (Cesar and Rogers, "Bounding,
     * Concentrating, and Truncating: Unifying Privacy Loss Composition for Data Analytics", ALT 2021).
     */
    public static double exponentialRho(double epsilon) {
        return epsilon * epsilon / 8;
    }

    public static double exponentialEpsilon(double rho) {
        return Math.sqrt(8 * rho);
    }

    /** The smallest ε such that ρ-zCDP implies (ε, δ)-DP. */
    public static double epsilon(double rho, double delta) {
        checkDelta(delta);
        if (rho <= 0) {
            return 0;
        }
        double low = 0;
        double high = rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double middle = (low + high) / 2;
            if (delta(rho, middle) <= delta) {
                high = middle;
            } else {
                low = middle;
            }
        }
        return high;
    }

    /** The largest ρ whose conversion at δ stays within ε. */
    public static double rho(double epsilon, double delta) {
        checkDelta(delta);
        if (!(epsilon > 0)) {
            throw new IllegalArgumentException("epsilon must be positive, got " + epsilon);
        }
        double low = 0;
        double high = epsilon + 1;
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double middle = (low + high) / 2;
            if (delta(middle, epsilon) <= delta) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /**
     * δ(ε) of ρ-zCDP: min over α > 1 of exp((α-1)(αρ-ε)) · (1-1/α)^α / (α-1) (CKS 2020, prop. 12). The
     * bound is convex in α; its minimum is where (2α-1)ρ - ε + ln(1-1/α) = 0, found by bisection.
     */
    static double delta(double rho, double epsilon) {
        if (rho <= 0) {
            return 0;
        }
        double low = 1.01;
        double high = (epsilon + 1) / (2 * rho) + 2;
        for (int i = 0; i < SEARCH_STEPS; i++) {
            double alpha = (low + high) / 2;
            double derivative = (2 * alpha - 1) * rho - epsilon + Math.log1p(-1 / alpha);
            if (derivative < 0) {
                low = alpha;
            } else {
                high = alpha;
            }
        }
        double alpha = (low + high) / 2;
        double delta = Math.exp((alpha - 1) * (alpha * rho - epsilon) + alpha * Math.log1p(-1 / alpha)) / (alpha - 1);
        return Math.min(delta, 1);
    }

    private static void checkDelta(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must lie strictly between 0 and 1, got " + delta);
        }
    }
}
