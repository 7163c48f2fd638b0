package dev.synthesis.engine.evaluate.quality;

import java.util.List;

/**
 * The share of the real table's pairwise dependence a synthetic table keeps, measured against the
 * table that keeps none: (mean score − mean independent score) / (1 − mean independent score),
 * clipped to [0, 1], over the pairs that count for Column Pair Trends (or over every scored pair
 * when none is dependent enough to count). A pair's independent score is the score of a table with
 * the real marginals and independent columns, 1 − |ρ_real| / 2 or 1 − TVD(p_real(a, b), p(a) p(b)),
 * so a column-shuffled copy of the real rows scores about 0 and the real rows themselves 1. It is
 * to pair trends what the AUC lift ratio is to ML efficacy: Column Pair Trends alone gives a
 * shuffled copy 0.7-0.8, because independence already matches most of each contingency table.
 */
final class PairTrendsLift {

    private PairTrendsLift() {
    }

    /** The lift, or NaN when there is no pair or the real columns are exactly independent. */
    static double of(List<PairQuality> pairs) {
        List<PairQuality> basis = pairs.stream().anyMatch(PairQuality::counted)
                ? pairs.stream().filter(PairQuality::counted).toList() : pairs;
        double score = basis.stream().mapToDouble(PairQuality::score).average().orElse(Double.NaN);
        double independent = basis.stream().mapToDouble(PairQuality::independentScore).average().orElse(Double.NaN);
        if (!(independent < 1)) {
            return Double.NaN;
        }
        return Math.clamp((score - independent) / (1 - independent), 0, 1);
    }
}
