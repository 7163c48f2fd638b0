package dev.synthesis.engine.evaluate.privacy;

/**
 * Distance to closest record (DCR; Park et al., VLDB 2018; SDMetrics DCRBaselineProtection in
 * spirit): the {@link GowerDistance} from each sampled synthetic row to its closest real training
 * row, summarised by median and 5th percentile, against a baseline of how close genuinely new real
 * rows come to the training rows (held-out rows, or training rows leaving themselves out when
 * there is no holdout). Protection = min(1, median DCR / baseline median DCR); 1 when the baseline
 * median is 0 (real data full of duplicates).
 *
 * @param syntheticMedian median DCR of synthetic rows
 * @param syntheticP5     5th percentile DCR of synthetic rows
 * @param baselineMedian  median DCR of the baseline rows
 * @param baselineP5      5th percentile DCR of the baseline rows
 * @param baseline        which rows the baseline is ("holdout" or "training, leave-one-out")
 * @param protection      the score in [0, 1]
 */
public record DistanceToClosestRecord(
        double syntheticMedian, double syntheticP5, double baselineMedian, double baselineP5, String baseline, double protection) {

    public static DistanceToClosestRecord of(double[] syntheticDistances, double[] baselineDistances, String baseline) {
        double syntheticMedian = Quantiles.of(syntheticDistances, 0.5);
        double baselineMedian = Quantiles.of(baselineDistances, 0.5);
        double protection = baselineMedian > 0 ? Math.min(1, syntheticMedian / baselineMedian) : 1;
        return new DistanceToClosestRecord(syntheticMedian, Quantiles.of(syntheticDistances, 0.05),
                baselineMedian, Quantiles.of(baselineDistances, 0.05), baseline, protection);
    }
}
