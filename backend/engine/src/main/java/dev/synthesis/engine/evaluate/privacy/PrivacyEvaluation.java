package dev.synthesis.engine.evaluate.privacy;

import dev.synthesis.engine.evaluate.EncodedTable;
import dev.synthesis.engine.evaluate.RowSample;
import dev.synthesis.engine.evaluate.ml.OutlierScorer;
import dev.synthesis.engine.evaluate.ml.OutlierScorerTrainer;
import java.util.ArrayList;
import java.util.List;

/**
 * Computes every privacy metric. Nearest-neighbour metrics use a seeded sample of at most
 * {@code sampleRows} synthetic rows (and as many baseline rows) as queries, each searched exactly
 * against every reference row; the sample only adds the sampling error of the summaries. The
 * outlier model is fitted on a seeded sample of {@value #OUTLIER_FIT_ROWS} real training rows.
 */
public final class PrivacyEvaluation {

    /** Real rows the isolation forest is fitted on and whose scores set the outlier threshold. */
    static final int OUTLIER_FIT_ROWS = 2_560;

    private final OutlierScorerTrainer outlierTrainer;
    private final int sampleRows;
    private final long seed;

    public PrivacyEvaluation(OutlierScorerTrainer outlierTrainer, int sampleRows, long seed) {
        this.outlierTrainer = outlierTrainer;
        this.sampleRows = sampleRows;
        this.seed = seed;
    }

    /** @param holdout real rows the generator never saw, or null */
    public PrivacyScores evaluate(EncodedTable training, EncodedTable holdout, EncodedTable synthetic) {
        double[] ranges = GowerRows.ranges(training);
        GowerRows train = GowerRows.of(training, ranges);
        GowerRows syn = GowerRows.of(synthetic, ranges);
        int[] synQueries = RowSample.indexes(synthetic.rowCount(), sampleRows, seed);
        NearestNeighbours synToTrain = NearestNeighbours.search(syn, synQueries, train, false);
        NearestNeighbours baseline = baseline(training, holdout, train, ranges);
        String baselineName = holdout != null ? "holdout" : "training, leave-one-out";
        DistanceToClosestRecord dcr = DistanceToClosestRecord.of(synToTrain.nearest(), baseline.nearest(), baselineName);
        DcrShare share = holdout == null ? null : DcrShare.of(synToTrain.nearest(),
                NearestNeighbours.search(syn, synQueries, GowerRows.of(holdout, ranges), false).nearest(),
                training.rowCount(), holdout.rowCount());
        IdenticalMatchShare matches = IdenticalMatchShare.of(training, synthetic, holdout);
        NearestNeighbourDistanceRatio nndr = NearestNeighbourDistanceRatio.of(synToTrain, baseline);
        OutlierReproduction outliers = outliers(training, synthetic, synQueries, ranges, synToTrain, dcr.baselineP5());
        List<Double> protections = new ArrayList<>(List.of(dcr.protection(), matches.protection(), nndr.protection(), outliers.protection()));
        if (share != null) {
            protections.add(share.protection());
        }
        return new PrivacyScores(PrivacyScores.aggregate(protections), dcr, share, matches, nndr, outliers, synQueries.length);
    }

    private NearestNeighbours baseline(EncodedTable training, EncodedTable holdout, GowerRows train, double[] ranges) {
        if (holdout == null) {
            return NearestNeighbours.search(train, RowSample.indexes(training.rowCount(), sampleRows, seed + 1), train, true);
        }
        GowerRows held = GowerRows.of(holdout, ranges);
        return NearestNeighbours.search(held, RowSample.indexes(holdout.rowCount(), sampleRows, seed + 1), train, false);
    }

    private OutlierReproduction outliers(EncodedTable training, EncodedTable synthetic, int[] synQueries,
            double[] ranges, NearestNeighbours synToTrain, double closeDistance) {
        OutlierFeatures features = new OutlierFeatures(training, ranges);
        double[][] realRows = features.rows(training, RowSample.indexes(training.rowCount(), OUTLIER_FIT_ROWS, seed + 3));
        OutlierScorer scorer = outlierTrainer.fit(realRows, seed + 4);
        double[] realScores = scorer.scores(realRows);
        double[] syntheticScores = scorer.scores(features.rows(synthetic, synQueries));
        return OutlierReproduction.of(realScores, syntheticScores, synToTrain.nearest(), closeDistance);
    }
}
