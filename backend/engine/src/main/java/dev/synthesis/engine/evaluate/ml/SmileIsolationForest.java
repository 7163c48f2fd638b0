package dev.synthesis.engine.evaluate.ml;

import smile.anomaly.IsolationForest;
import smile.math.MathEx;

/**
 * Isolation forest (Liu, Ting and Zhou, ICDM 2008) from smile-core: rows that random axis-parallel
 * cuts isolate in few steps score high. As the paper recommends, each of the {@value #TREES} trees
 * is grown on {@value #SAMPLE_ROWS} sampled rows to depth ⌈log2 {@value #SAMPLE_ROWS}⌉. smile builds trees in parallel from its own random
 * streams, so scores vary slightly between runs even with the same seed.
 */
public final class SmileIsolationForest implements OutlierScorerTrainer {

    private static final int TREES = 100;
    private static final int SAMPLE_ROWS = 256;

    @Override
    public OutlierScorer fit(double[][] rows, long seed) {
        MathEx.setSeed(seed);
        double share = Math.min(1.0, (double) SAMPLE_ROWS / rows.length);
        int depth = (int) Math.ceil(Math.log(Math.max(2, rows.length * share)) / Math.log(2));
        IsolationForest forest = IsolationForest.fit(rows, new IsolationForest.Options(TREES, depth, share, 0));
        return forest::score;
    }
}
