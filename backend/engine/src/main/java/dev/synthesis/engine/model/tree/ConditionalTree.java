package dev.synthesis.engine.model.tree;

import java.util.random.RandomGenerator;

/**
 * One field's fitted regression tree, flattened into primitive arrays so that generation walks it
 * with a few array reads per level (smile's own predict works on Tuple objects and would cost more
 * than the rest of the row). Each leaf keeps a table of interpolated quantiles of the seed uniforms
 * that fell into it, never the uniforms themselves. Children and leaf tables sit in one array each,
 * because generation is bound by memory reads, not arithmetic.
 *
 * @param field      schema position of the field this tree generates
 * @param feature    per internal node, the schema position of the field it tests
 * @param threshold  per internal node: take the first child when that field's uniform is at most this
 * @param children   per internal node k, its children at 2k (at or below the threshold) and 2k + 1; a
 *                   child c ≥ 0 is an internal node, c &lt; 0 is leaf −c − 1; a tree without internal
 *                   nodes is leaf 0
 * @param leafStart  per leaf, where its quantiles start in {@code quantiles}; one more entry marks the end
 * @param quantiles  each leaf's ascending quantiles of the uniforms at probabilities 0, 1/(k−1), …, 1
 */
public record ConditionalTree(int field, int[] feature, double[] threshold, int[] children, int[] leafStart,
                              double[] quantiles) {

    /** This field's uniform given the uniforms already drawn for the fields before it. */
    double draw(double[] uniforms, RandomGenerator random) {
        int node = feature.length == 0 ? -1 : 0;
        while (node >= 0) {
            node = children[2 * node + (uniforms[feature[node]] <= threshold[node] ? 0 : 1)];
        }
        return interpolate(leafStart[-node - 1], leafStart[-node], random.nextDouble());
    }

    /** The leaf's piecewise-linear quantile function at p, so draws fall between the stored quantiles. */
    private double interpolate(int start, int end, double p) {
        double position = p * (end - start - 1);
        int below = start + (int) position;
        if (below >= end - 1) {
            return quantiles[end - 1];
        }
        return quantiles[below] + (position - (below - start)) * (quantiles[below + 1] - quantiles[below]);
    }
}
