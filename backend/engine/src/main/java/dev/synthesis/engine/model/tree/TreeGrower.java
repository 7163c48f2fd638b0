package dev.synthesis.engine.model.tree;

import java.util.Arrays;

/**
 * Grows one regression tree (Breiman, Friedman, Olshen and Stone, "Classification and Regression
 * Trees", 1984): each node takes the cut that most reduces the squared error of the target uniform,
 * among cuts that leave at least {@code minimumLeaf} rows on each side, until the depth cap or until
 * no cut gains more than a {@link #COMPLEXITY} share of the root's error (rpart's cp). Cut points
 * come from {@link UniformBins}, so a node's best cut is found from per-bin counts and sums in one
 * pass over its rows (histogram splitting as in LightGBM, Ke et al., NeurIPS 2017) instead of a sort
 * per node and field.
 *
 * <p>Not smile's RegressionTree: in smile 4.4 a fitted OrdinalNode's split value is package-private,
 * so flattening its trees would need reflection, and the README keeps GPL smile out of the models.
 */
final class TreeGrower {

    /**
     * Generation walks one tree per field and every level is a dependent memory read, so depth is
     * generation time. Measured on abalone's held-out pairs: depth 5 0.9008, 6 0.9032, 8 0.9054,
     * 10 0.9049; 6 keeps nearly all of it with 64 leaves at most.
     */
    static final int MAX_DEPTH = 6;
    /**
     * synthpop's cp for CART synthesis: next to nothing, because a cut that gains nothing alone can
     * open the way to one that gains much (an XOR); the leaf size and depth cap bound the tree instead.
     */
    static final double COMPLEXITY = 1e-8;
    /** Quantiles kept per leaf: enough to follow a leaf's shape, few enough that no seed row is kept. */
    static final int LEAF_QUANTILES = 33;

    private record Split(int predictor, int bin, double gain) {}

    private final byte[][] predictorBins;
    private final UniformBins[] predictorCuts;
    private final int[] predictorFields;
    private final double[] target;
    private final int minimumLeaf;
    private final int[] rows;
    private final double minimumGain;
    private final FlatNodes nodes;

    /**
     * @param predictorBins   per predictor, every row's bin
     * @param predictorCuts   per predictor, its cut points
     * @param predictorFields per predictor, its schema position
     */
    TreeGrower(byte[][] predictorBins, UniformBins[] predictorCuts, int[] predictorFields, double[] target,
               int minimumLeaf) {
        this.predictorBins = predictorBins;
        this.predictorCuts = predictorCuts;
        this.predictorFields = predictorFields;
        this.target = target;
        this.minimumLeaf = minimumLeaf;
        this.rows = new int[target.length];
        Arrays.setAll(rows, row -> row);
        this.minimumGain = COMPLEXITY * squaredError(target);
        this.nodes = new FlatNodes(Math.min(1 << MAX_DEPTH, target.length / minimumLeaf + 1));
    }

    ConditionalTree grow(int field) {
        grow(0, rows.length, 0);
        return nodes.toTree(field);
    }

    /** Grows the subtree over rows[from, to) and returns its reference (node index, or −leaf − 1). */
    private int grow(int from, int to, int depth) {
        Split split = depth < MAX_DEPTH && to - from >= 2 * minimumLeaf ? bestSplit(from, to) : null;
        if (split == null) {
            return nodes.leaf(leafQuantiles(from, to));
        }
        int node = nodes.internal(predictorFields[split.predictor()], predictorCuts[split.predictor()].edges()[split.bin()]);
        int middle = partition(from, to, predictorBins[split.predictor()], split.bin());
        nodes.children(node, grow(from, middle, depth + 1), grow(middle, to, depth + 1));
        return node;
    }

    private Split bestSplit(int from, int to) {
        Split best = null;
        for (int predictor = 0; predictor < predictorBins.length; predictor++) {
            Split candidate = bestSplit(predictor, from, to);
            if (candidate != null && (best == null || candidate.gain() > best.gain())) {
                best = candidate;
            }
        }
        return best;
    }

    /** The squared-error reduction of cutting after bin b is S_L²/n_L + S_R²/n_R − S²/n. */
    private Split bestSplit(int predictor, int from, int to) {
        int binCount = predictorCuts[predictor].count();
        int[] counts = new int[binCount];
        double[] sums = new double[binCount];
        byte[] bins = predictorBins[predictor];
        double total = 0;
        for (int i = from; i < to; i++) {
            int row = rows[i];
            counts[bins[row]]++;
            sums[bins[row]] += target[row];
            total += target[row];
        }
        int size = to - from;
        double parent = total * total / size;
        Split best = null;
        int leftCount = 0;
        double leftSum = 0;
        for (int bin = 0; bin < binCount - 1; bin++) {
            leftCount += counts[bin];
            leftSum += sums[bin];
            int rightCount = size - leftCount;
            if (leftCount < minimumLeaf || rightCount < minimumLeaf) {
                continue;
            }
            double rightSum = total - leftSum;
            double gain = leftSum * leftSum / leftCount + rightSum * rightSum / rightCount - parent;
            if (gain > minimumGain && (best == null || gain > best.gain())) {
                best = new Split(predictor, bin, gain);
            }
        }
        return best;
    }

    /** Moves the rows whose bin is at most {@code bin} to the front of [from, to); returns where the rest start. */
    private int partition(int from, int to, byte[] bins, int bin) {
        int middle = from;
        for (int i = from; i < to; i++) {
            if (bins[rows[i]] <= bin) {
                int row = rows[i];
                rows[i] = rows[middle];
                rows[middle++] = row;
            }
        }
        return middle;
    }

    private double[] leafQuantiles(int from, int to) {
        double[] values = new double[to - from];
        for (int i = from; i < to; i++) {
            values[i - from] = target[rows[i]];
        }
        Arrays.sort(values);
        int k = Math.min(LEAF_QUANTILES, values.length);
        double[] quantiles = new double[k];
        for (int q = 0; q < k; q++) {
            double position = k == 1 ? 0 : q * (values.length - 1.0) / (k - 1);
            int below = (int) position;
            int above = Math.min(below + 1, values.length - 1);
            quantiles[q] = values[below] + (position - below) * (values[above] - values[below]);
        }
        return quantiles;
    }

    private static double squaredError(double[] values) {
        double sum = 0;
        double squares = 0;
        for (double value : values) {
            sum += value;
            squares += value * value;
        }
        return values.length == 0 ? 0 : squares - sum * sum / values.length;
    }
}
