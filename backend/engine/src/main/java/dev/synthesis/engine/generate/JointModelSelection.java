package dev.synthesis.engine.generate;

import dev.synthesis.engine.evaluate.quality.ContingencySimilarity;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.copula.CopulaTrainer;
import dev.synthesis.engine.model.tree.SequentialTreesTrainer;
import dev.synthesis.engine.model.tree.UniformBins;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Measures which joint model reproduces the dependence of rows it has not seen: a fifth of the seed
 * rows is held out, the copula and the trees are fitted on the rest, and each model's uniforms are
 * compared with the held-out rows' uniforms by SDMetrics' ContingencySimilarity (1 − total variation
 * distance of the 2-D histogram) averaged over all pairs of coupled fields. Histograms use
 * {@value #BINS} bins per axis, or one per value for fields with fewer distinct values, so rows of one
 * category are never told apart by their jitter. Every model draws at least {@value #SYNTHETIC_ROWS}
 * rows, more than the hold-out, so the models' own sampling noise does not decide a close call.
 */
final class JointModelSelection {

    static final double HOLDOUT_SHARE = 0.2;
    /** Below this many seed rows the hold-out is too small to tell the models apart: the copula is kept. */
    static final int MIN_ROWS = 200;
    static final int BINS = 8;
    static final int SYNTHETIC_ROWS = 10_000;

    record Scores(double copula, double trees) {}

    private JointModelSelection() {}

    static Scores measure(int[] fields, List<MarginalSampler> marginals, List<List<Object>> columns, int[] minimumLeaf,
                          SplittableRandom random) {
        boolean[] heldOut = holdout(columns.getFirst().size(), random);
        List<List<Object>> training = rows(columns, heldOut, false);
        List<List<Object>> holdout = rows(columns, heldOut, true);
        JointModel copula = CopulaTrainer.fit(fields, marginals, training, random);
        JointModel trees = SequentialTreesTrainer.fit(fields, marginals, training, minimumLeaf, random);
        UniformBins[] cuts = cuts(marginals, columns);
        int[][] real = binned(SequentialTreesTrainer.uniforms(marginals, holdout, random), cuts);
        int syntheticRows = Math.max(SYNTHETIC_ROWS, real[0].length);
        long seed = random.nextLong();
        return new Scores(similarity(real, binned(draw(copula, syntheticRows, seed), cuts), cuts),
                similarity(real, binned(draw(trees, syntheticRows, seed), cuts), cuts));
    }

    private static boolean[] holdout(int rows, SplittableRandom random) {
        boolean[] heldOut = new boolean[rows];
        for (int row = 0; row < rows; row++) {
            heldOut[row] = random.nextDouble() < HOLDOUT_SHARE;
        }
        return heldOut;
    }

    private static List<List<Object>> rows(List<List<Object>> columns, boolean[] heldOut, boolean kept) {
        List<List<Object>> selected = new ArrayList<>();
        for (List<Object> column : columns) {
            List<Object> values = new ArrayList<>();
            for (int row = 0; row < column.size(); row++) {
                if (heldOut[row] == kept) {
                    values.add(column.get(row));
                }
            }
            selected.add(values);
        }
        return selected;
    }

    /** Uniforms of rows 0..rows−1 as generation would draw them, per coupled field. */
    private static double[][] draw(JointModel model, int rows, long seed) {
        int[] fields = model.fields();
        double[][] drawn = new double[fields.length][rows];
        double[] scratch = new double[fields.length];
        double[] uniforms = new double[Arrays.stream(fields).max().orElse(0) + 1];
        RowRandom random = new RowRandom();
        for (int row = 0; row < rows; row++) {
            model.uniforms(seed, row, random, scratch, uniforms);
            for (int i = 0; i < fields.length; i++) {
                drawn[i][row] = uniforms[fields[i]];
            }
        }
        return drawn;
    }

    private static double similarity(int[][] real, int[][] generated, UniformBins[] cuts) {
        double sum = 0;
        int pairs = 0;
        for (int i = 0; i < real.length; i++) {
            for (int j = 0; j < i; j++) {
                sum += ContingencySimilarity.score(real[i], real[j], generated[i], generated[j], cuts[i].count(),
                        cuts[j].count());
                pairs++;
            }
        }
        return sum / pairs;
    }

    private static UniformBins[] cuts(List<MarginalSampler> marginals, List<List<Object>> columns) {
        UniformBins[] cuts = new UniformBins[marginals.size()];
        for (int field = 0; field < cuts.length; field++) {
            cuts[field] = UniformBins.of(marginals.get(field), columns.get(field), BINS);
        }
        return cuts;
    }

    private static int[][] binned(double[][] uniforms, UniformBins[] cuts) {
        int[][] bins = new int[uniforms.length][];
        for (int field = 0; field < uniforms.length; field++) {
            double[] values = uniforms[field];
            int[] fieldBins = new int[values.length];
            for (int row = 0; row < values.length; row++) {
                fieldBins[row] = cuts[field].bin(values[row]);
            }
            bins[field] = fieldBins;
        }
        return bins;
    }
}
