package dev.synthesis.engine.dp.mst;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.synthesis.engine.model.JointModel;
import dev.synthesis.engine.model.RowRandom;
import java.util.Arrays;

/**
 * The joint model MST fits: a tree over the learned fields, sampled from the root down. Each field's
 * coarse bin is drawn from its parent's conditional distribution (the root's from its marginal),
 * then a uniform inside that bin's interval of the field's marginal CDF is written for the field's
 * sampler, which turns it into a value: which category, or where inside the bin the fine histogram
 * puts the number, and whether it is missing. Rows depend only on (seed, row).
 *
 * @param fields     schema positions, in sampling order (a parent comes before its children)
 * @param parents    per field, the index (into {@code fields}) of its parent, −1 for the root
 * @param cuts       per field, the CDF positions of its coarse bins' edges (0 first, 1 last)
 * @param cumulative per field and parent bin, the cumulative distribution of its own bin (the root has one row)
 */
@JsonTypeName("mst-tree")
public record TreeModel(int[] fields, int[] parents, double[][] cuts, double[][][] cumulative) implements JointModel {

    public TreeModel {
        if (parents.length != fields.length || cuts.length != fields.length || cumulative.length != fields.length) {
            throw new IllegalArgumentException("a tree model needs a parent, cuts and conditionals per field");
        }
    }

    @Override
    public void uniforms(long seed, long row, RowRandom random, double[] scratch, double[] uniforms) {
        random.reset(seed, STREAM, row);
        for (int i = 0; i < fields.length; i++) {
            double[] distribution = cumulative[i][parents[i] < 0 ? 0 : (int) scratch[parents[i]]];
            int bin = draw(distribution, random.nextDouble());
            scratch[i] = bin;
            double low = cuts[i][bin];
            uniforms[fields[i]] = low + random.nextDouble() * (cuts[i][bin + 1] - low);
        }
    }

    private static int draw(double[] cumulative, double u) {
        int position = Arrays.binarySearch(cumulative, u);
        int bin = position >= 0 ? position + 1 : -position - 1;
        return Math.min(bin, cumulative.length - 1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TreeModel that && Arrays.equals(fields, that.fields) && Arrays.equals(parents, that.parents)
                && Arrays.deepEquals(cuts, that.cuts) && Arrays.deepEquals(cumulative, that.cumulative);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fields) * 31 + Arrays.deepHashCode(cumulative);
    }

    @Override
    public String toString() {
        return "TreeModel" + Arrays.toString(fields) + " parents " + Arrays.toString(parents);
    }
}
