package dev.synthesis.engine.evaluate.ml;

import java.util.ArrayList;
import java.util.List;
import smile.anomaly.IsolationForest;
import smile.anomaly.IsolationTree;
import smile.math.MathEx;

/**
 * Isolation forest (Liu, Ting and Zhou, ICDM 2008) with smile-core's trees: rows that random
 * axis-parallel cuts (extension level 0) isolate in few steps score high. As the paper recommends,
 * each of the {@value #TREES} trees is grown on {@value #SAMPLE_ROWS} rows sampled without
 * replacement, to depth ⌈log2 {@value #SAMPLE_ROWS}⌉, and path lengths are normalised by c(ψ) of
 * that sample size.
 *
 * <p>The trees are grown here rather than by {@code IsolationForest.fit}, which in smile 4.4.2
 * grows every tree on all rows (its subsample is shuffled but not cut) in a parallel stream whose
 * per-thread random streams make the result differ between runs. Grown one after another on the
 * calling thread after seeding, the forest is repeatable.
 */
public final class SmileIsolationForest implements OutlierScorerTrainer {

    private static final int TREES = 100;
    private static final int SAMPLE_ROWS = 256;
    private static final int AXIS_PARALLEL = 0;

    @Override
    public OutlierScorer fit(double[][] rows, long seed) {
        int sampleSize = Math.min(SAMPLE_ROWS, rows.length);
        int depth = (int) Math.ceil(Math.log(Math.max(2, sampleSize)) / Math.log(2));
        MathEx.setSeed(seed);
        IsolationTree[] trees = new IsolationTree[TREES];
        for (int tree = 0; tree < TREES; tree++) {
            trees[tree] = new IsolationTree(sample(rows, sampleSize), depth, AXIS_PARALLEL);
        }
        IsolationForest forest = new IsolationForest(sampleSize, AXIS_PARALLEL, trees);
        return forest::score;
    }

    private static List<double[]> sample(double[][] rows, int size) {
        int[] order = MathEx.permutate(rows.length);
        List<double[]> sample = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            sample.add(rows[order[i]]);
        }
        return sample;
    }
}
