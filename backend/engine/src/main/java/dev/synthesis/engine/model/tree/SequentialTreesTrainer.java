package dev.synthesis.engine.model.tree;

import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.schema.PrivacyLevel;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Fits {@link SequentialTrees}: each seed value becomes a uniform through its field's marginal (the
 * randomised probability integral transform, ties spread over their CDF interval as for the copula),
 * and field j's tree predicts its uniform from the uniforms of fields 0..j−1, visited in schema order
 * (synthpop's default visit sequence). A field with many distinct values has its uniforms replaced by
 * their normalised ranks, so the trees hand it exactly uniform draws and its own marginal decides its
 * distribution, as under the copula, even when that marginal was not fitted to the seed (a
 * {@code uniform} override, a noisy DP histogram). Fields with few values keep their CDF intervals, so
 * each category stays between its cut points.
 */
public final class SequentialTreesTrainer {

    /** Cut points per predictor: 63 quantile cuts, or one between each pair of up to 64 distinct values. */
    static final int MAX_BINS = 64;

    private SequentialTreesTrainer() {}

    /**
     * Rows per leaf by the generated field's privacy level: synthpop's minbucket of 5 at low, more
     * at medium and high, so every leaf's quantile table summarises at least that many seed rows.
     */
    public static int minimumLeaf(PrivacyLevel level) {
        return switch (level) {
            case LOW -> 5;
            case MEDIUM -> 10;
            case HIGH -> 20;
        };
    }

    /**
     * @param fields      schema positions of the coupled fields, aligned with {@code marginals}
     * @param columns     seed values per coupled field, aligned with {@code marginals}
     * @param minimumLeaf per coupled field, the fewest seed rows a leaf of its tree may hold
     */
    public static SequentialTrees fit(int[] fields, List<MarginalSampler> marginals, List<List<Object>> columns,
                                      int[] minimumLeaf, RandomGenerator random) {
        double[][] uniforms = uniforms(marginals, columns, random);
        byte[][] bins = new byte[fields.length][];
        UniformBins[] cuts = new UniformBins[fields.length];
        ConditionalTree[] trees = new ConditionalTree[fields.length];
        for (int j = 0; j < fields.length; j++) {
            cuts[j] = UniformBins.of(marginals.get(j), columns.get(j), MAX_BINS);
            if (!cuts[j].perValue()) {
                uniforms[j] = normalisedRanks(uniforms[j]);
            }
            bins[j] = cuts[j].bins(uniforms[j]);
            trees[j] = new TreeGrower(Arrays.copyOf(bins, j), Arrays.copyOf(cuts, j), Arrays.copyOf(fields, j),
                    uniforms[j], minimumLeaf[j]).grow(fields[j]);
        }
        return new SequentialTrees(fields.clone(), trees);
    }

    /** (rank + ½) / n of each value; ties are measure-zero because the transform jittered them. */
    private static double[] normalisedRanks(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] ranks = new double[values.length];
        for (int row = 0; row < values.length; row++) {
            ranks[row] = (Arrays.binarySearch(sorted, values[row]) + 0.5) / values.length;
        }
        return ranks;
    }

    /** Every seed value's uniform, uniforms[field][row], by the randomised probability integral transform. */
    public static double[][] uniforms(List<MarginalSampler> marginals, List<List<Object>> columns, RandomGenerator random) {
        double[][] uniforms = new double[marginals.size()][];
        for (int field = 0; field < marginals.size(); field++) {
            List<Object> column = columns.get(field);
            uniforms[field] = new double[column.size()];
            for (int row = 0; row < column.size(); row++) {
                uniforms[field][row] = marginals.get(field).cdf(column.get(row), random.nextDouble());
            }
        }
        return uniforms;
    }
}
