package dev.synthesis.engine.evaluate.privacy;

import java.util.List;

/**
 * All privacy metrics and their aggregate.
 *
 * @param score            overall privacy score in [0, 1]: the geometric mean of the protections
 *                         computed, so one leak (copied rows, rows hugging real records) pulls it
 *                         down however good the others are
 * @param dcr              distance to closest record
 * @param dcrShare         DCR share, null without a holdout
 * @param identicalMatches identical-match share
 * @param nndr             nearest-neighbour distance ratio
 * @param outliers         outlier reproduction
 * @param sampledRows      synthetic (and baseline) rows used as nearest-neighbour queries
 */
public record PrivacyScores(
        double score,
        DistanceToClosestRecord dcr,
        DcrShare dcrShare,
        IdenticalMatchShare identicalMatches,
        NearestNeighbourDistanceRatio nndr,
        OutlierReproduction outliers,
        int sampledRows) {

    static double aggregate(List<Double> protections) {
        double logSum = 0;
        for (double protection : protections) {
            if (protection <= 0) {
                return 0;
            }
            logSum += Math.log(protection);
        }
        return protections.isEmpty() ? Double.NaN : Math.exp(logSum / protections.size());
    }
}
