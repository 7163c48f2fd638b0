package dev.synthesis.engine.model.tree;

import dev.synthesis.engine.model.MarginalSampler;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Where a coupled field's uniforms may be cut: at the upper ends of its values' CDF intervals when it
 * has few distinct values (categories, small counts), so a cut never separates rows of one value by
 * their random jitter; otherwise at equal widths, which are equal frequencies because seed uniforms
 * come from the probability integral transform.
 *
 * @param edges    ascending cut points strictly inside (0, 1); bin b holds uniforms in (edges[b-1], edges[b]]
 * @param perValue whether the cuts sit between the field's values rather than at equal widths
 */
public record UniformBins(double[] edges, boolean perValue) {

    public static UniformBins of(MarginalSampler marginal, List<Object> column, int maxBins) {
        TreeSet<Double> upperEnds = new TreeSet<>();
        for (Object value : column) {
            double upper = marginal.cdf(value, 1);
            if (value != null && upper < 1) {
                upperEnds.add(upper);
                if (upperEnds.size() >= maxBins) {
                    return equalWidth(maxBins);
                }
            }
        }
        return new UniformBins(upperEnds.stream().mapToDouble(Double::doubleValue).toArray(), true);
    }

    static UniformBins equalWidth(int bins) {
        double[] edges = new double[bins - 1];
        Arrays.setAll(edges, b -> (b + 1.0) / bins);
        return new UniformBins(edges, false);
    }

    public int count() {
        return edges.length + 1;
    }

    /** The bin holding {@code u}: the first whose upper edge is at least {@code u}. */
    public int bin(double u) {
        int position = Arrays.binarySearch(edges, u);
        return position >= 0 ? position : -position - 1;
    }

    /** Every row's bin, for fields with at most 127 bins. */
    byte[] bins(double[] uniforms) {
        byte[] bins = new byte[uniforms.length];
        for (int row = 0; row < uniforms.length; row++) {
            bins[row] = (byte) bin(uniforms[row]);
        }
        return bins;
    }
}
