package dev.synthesis.engine.evaluate.quality;

/**
 * The overall quality score, a weighted arithmetic mean of parts that each say how much of the real
 * data's structure the synthetic table keeps: column shapes (the marginals), the pair trends lift
 * (pairwise dependence above independence, {@link PairTrendsLift}) and, when a target is given and
 * informative, the ML efficacy AUC lift ratio (predictive skill above chance):
 * 0.3 · shapes + 0.3 · pair trends lift + 0.4 · efficacy, else 0.4 · shapes + 0.6 · pair trends
 * lift, and column shapes (with efficacy 0.5 / 0.5) for a table without pairs. Marginals alone are
 * easy to copy: a column-shuffled copy of the real rows keeps them perfectly and nothing else, so
 * it scores about 0.4 (0.3 with a target), however weakly the real columns depend on each other.
 */
public final class QualityScore {

    static final double SHAPES_WITH_EFFICACY = 0.3;
    static final double PAIRS_WITH_EFFICACY = 0.3;
    static final double EFFICACY = 0.4;
    static final double SHAPES_WITHOUT_EFFICACY = 0.4;
    static final double PAIRS_WITHOUT_EFFICACY = 0.6;

    private QualityScore() {
    }

    /**
     * @param pairTrendsLift the pair trends lift, NaN when the table has no scored pair
     * @param efficacy       the AUC lift ratio, or null when there is none
     */
    public static double of(double columnShapes, double pairTrendsLift, Double efficacy) {
        if (Double.isNaN(pairTrendsLift)) {
            return efficacy == null ? columnShapes : (columnShapes + efficacy) / 2;
        }
        if (efficacy == null) {
            return SHAPES_WITHOUT_EFFICACY * columnShapes + PAIRS_WITHOUT_EFFICACY * pairTrendsLift;
        }
        return SHAPES_WITH_EFFICACY * columnShapes + PAIRS_WITH_EFFICACY * pairTrendsLift + EFFICACY * efficacy;
    }
}
