package dev.synthesis.engine.evaluate.privacy;

import java.util.Arrays;

/**
 * Whether rare real individuals reappear: an isolation forest fitted on the real training rows
 * flags as outliers the rows scoring at or above the real rows' 99th-percentile score. Among the
 * sampled synthetic rows so flagged, the reproduced share is those lying at most the baseline's
 * 5th-percentile DCR from a training row (closer than nearly all genuinely new real rows come).
 * Protection = 1 − reproduced share.
 *
 * @param realMeanScore        mean isolation score of the sampled real training rows
 * @param syntheticMeanScore   mean isolation score of the sampled synthetic rows
 * @param threshold            isolation score marking the real top 1 %
 * @param syntheticOutlierShare share of sampled synthetic rows at or above it (about 0.01 is natural)
 * @param closeDistance        the baseline's 5th-percentile DCR
 * @param reproducedShare      share of synthetic outliers within {@code closeDistance} of a training row
 * @param protection           the score in [0, 1]
 */
public record OutlierReproduction(
        double realMeanScore,
        double syntheticMeanScore,
        double threshold,
        double syntheticOutlierShare,
        double closeDistance,
        double reproducedShare,
        double protection) {

    static final double OUTLIER_QUANTILE = 0.99;

    static OutlierReproduction of(double[] realScores, double[] syntheticScores, double[] syntheticDcr, double closeDistance) {
        double threshold = Quantiles.of(realScores, OUTLIER_QUANTILE);
        int outliers = 0;
        int reproduced = 0;
        for (int row = 0; row < syntheticScores.length; row++) {
            if (syntheticScores[row] >= threshold) {
                outliers++;
                if (syntheticDcr[row] <= closeDistance) {
                    reproduced++;
                }
            }
        }
        double reproducedShare = outliers == 0 ? 0 : (double) reproduced / outliers;
        double outlierShare = syntheticScores.length == 0 ? 0 : (double) outliers / syntheticScores.length;
        return new OutlierReproduction(mean(realScores), mean(syntheticScores), threshold, outlierShare, closeDistance,
                reproducedShare, 1 - reproducedShare);
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
