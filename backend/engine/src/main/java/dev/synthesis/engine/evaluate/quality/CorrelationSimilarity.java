package dev.synthesis.engine.evaluate.quality;

/**
 * SDMetrics CorrelationSimilarity for pairs of numeric (or datetime) columns, with Pearson's
 * coefficient: 1 − |ρ_real − ρ_syn| / 2. A constant synthetic column counts as ρ_syn = 0; a pair
 * whose real correlation is undefined (constant or empty real column) is not scored.
 */
public final class CorrelationSimilarity {

    private CorrelationSimilarity() {
    }

    /** The score, or NaN when the real correlation is undefined. */
    public static double score(double realCorrelation, double syntheticCorrelation) {
        if (Double.isNaN(realCorrelation)) {
            return Double.NaN;
        }
        double synthetic = Double.isNaN(syntheticCorrelation) ? 0 : syntheticCorrelation;
        return 1 - Math.abs(realCorrelation - synthetic) / 2;
    }
}
