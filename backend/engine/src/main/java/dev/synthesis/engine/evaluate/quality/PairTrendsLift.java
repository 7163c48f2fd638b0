package dev.synthesis.engine.evaluate.quality;

import java.util.List;

/**
 * The share of the real table's pairwise dependence a synthetic table keeps, measured against the
 * table that keeps none: (mean score − mean independent score) / (1 − mean independent score),
 * clipped to [0, 1], over the pairs that count for Column Pair Trends. When none counts, the real
 * columns are (nearly) independent and there is no dependence to keep: the lift is then undefined
 * and left out of the overall score, as SDMetrics leaves out a property without a scored pair;
 * scoring the noise of independent pairs would give faithful output of such a table about 0.3.
 * A pair's independent score is the score of a table with the real marginals and independent
 * columns, 1 − |ρ_real| / 2 or 1 − TVD(p_real(a, b), p(a) p(b)),
 * so a column-shuffled copy of the real rows scores about 0 and the real rows themselves 1. It is
 * to pair trends what the AUC lift ratio is to ML efficacy: Column Pair Trends alone gives a
 * shuffled copy 0.7-0.8, because independence already matches most of each contingency table.
 */
final class PairTrendsLift {

    private PairTrendsLift() {
    }

    /** The lift, or NaN when no pair counts (no real dependence to keep). */
    static double of(List<PairQuality> pairs) {
        List<PairQuality> basis = pairs.stream().filter(PairQuality::counted).toList();
        double score = basis.stream().mapToDouble(PairQuality::score).average().orElse(Double.NaN);
        double independent = basis.stream().mapToDouble(PairQuality::independentScore).average().orElse(Double.NaN);
        if (!(independent < 1)) {
            return Double.NaN;
        }
        return Math.clamp((score - independent) / (1 - independent), 0, 1);
    }
}
