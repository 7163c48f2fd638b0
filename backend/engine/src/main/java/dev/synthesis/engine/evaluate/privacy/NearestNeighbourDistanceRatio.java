package dev.synthesis.engine.evaluate.privacy;

/**
 * Nearest-neighbour distance ratio (NNDR; as used by e.g. Synthcity and the TAPAS privacy
 * literature): for each row, distance to its closest training row divided by the distance to the
 * second-closest (0 when the closest is at distance 0). A ratio near 0 means a row sits on one
 * particular real record rather than in a crowd. Compared by median with the baseline rows used
 * for {@link DistanceToClosestRecord}; protection = min(1, synthetic median / baseline median),
 * 1 when the baseline median is 0.
 *
 * @param syntheticMedian median NNDR of sampled synthetic rows
 * @param baselineMedian  median NNDR of the baseline rows
 * @param protection      the score in [0, 1]
 */
public record NearestNeighbourDistanceRatio(double syntheticMedian, double baselineMedian, double protection) {

    public static NearestNeighbourDistanceRatio of(NearestNeighbours synthetic, NearestNeighbours baseline) {
        double syntheticMedian = Quantiles.of(ratios(synthetic), 0.5);
        double baselineMedian = Quantiles.of(ratios(baseline), 0.5);
        double protection = baselineMedian > 0 ? Math.min(1, syntheticMedian / baselineMedian) : 1;
        return new NearestNeighbourDistanceRatio(syntheticMedian, baselineMedian, protection);
    }

    static double[] ratios(NearestNeighbours neighbours) {
        double[] ratios = new double[neighbours.nearest().length];
        for (int row = 0; row < ratios.length; row++) {
            double nearest = neighbours.nearest()[row];
            double second = neighbours.second()[row];
            ratios[row] = nearest == 0 ? 0 : second == Double.POSITIVE_INFINITY ? 1 : nearest / second;
        }
        return ratios;
    }
}
