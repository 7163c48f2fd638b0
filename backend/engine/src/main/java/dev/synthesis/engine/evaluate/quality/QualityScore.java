package dev.synthesis.engine.evaluate.quality;

/**
 * The overall quality score, a weighted arithmetic mean:
 * 0.3 · column shapes + 0.3 · pair trends + 0.4 · ML efficacy (AUC lift ratio) when a target is
 * given and informative, else 0.4 · column shapes + 0.6 · pair trends. Marginals alone are easy
 * to copy (shuffling each column independently keeps them perfect), so the dependency-sensitive
 * parts carry at least 60 % of the weight.
 */
public final class QualityScore {

    static final double SHAPES_WITH_EFFICACY = 0.3;
    static final double PAIRS_WITH_EFFICACY = 0.3;
    static final double EFFICACY = 0.4;
    static final double SHAPES_WITHOUT_EFFICACY = 0.4;
    static final double PAIRS_WITHOUT_EFFICACY = 0.6;

    private QualityScore() {
    }

    /** @param efficacy the AUC lift ratio, or null when there is none */
    public static double of(double columnShapes, double pairTrends, Double efficacy) {
        if (efficacy == null) {
            return SHAPES_WITHOUT_EFFICACY * columnShapes + PAIRS_WITHOUT_EFFICACY * pairTrends;
        }
        return SHAPES_WITH_EFFICACY * columnShapes + PAIRS_WITH_EFFICACY * pairTrends + EFFICACY * efficacy;
    }
}
