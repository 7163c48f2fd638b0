package dev.synthesis.engine.dp.mst;

import dev.synthesis.engine.model.AxisBounds;
import dev.synthesis.engine.model.MarginalSampler;
import dev.synthesis.engine.model.NullableMarginal;
import dev.synthesis.engine.model.categorical.CategoricalSampler;
import dev.synthesis.engine.model.numeric.PointMasses;
import dev.synthesis.engine.model.numeric.QuantileSampler;
import dev.synthesis.engine.schema.FieldType;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A learned field's sampler built from its estimated marginals (post-processing only), with the CDF
 * interval each coarse bin owns in it, so {@link TreeModel} can pick the bin and the sampler the value:
 * the missing-value bin first (as {@link NullableMarginal} reads its uniform), then the coarse bins in
 * the sampler's order. Inside a coarse bin the fine noisy histogram, scaled to the bin's estimated
 * mass, shapes the values: categories by their own weight, numbers piecewise uniformly over their
 * fine bins (with zero as a point mass of its own), so shapes stay sharper than the coarse bins.
 *
 * @param cuts the CDF positions of the coarse bins' edges, 0 first and 1 last
 */
record Marginals(MarginalSampler sampler, double[] cuts) {

    /** Quantile points of a numeric sampler: fine enough that a coarse bin's edge moves by at most 1/1024 of the mass. */
    static final int QUANTILE_POINTS = 1025;

    /**
     * @param fine   the fine histogram (missing bin last when nullable), non-negative
     * @param node   the coarse bins' estimated distribution
     * @param offset the zone offset date-times are written in (their representation), or null
     */
    static Marginals of(FieldDomain domain, Coarsening coarsening, double[] fine, double[] node, ZoneOffset offset) {
        double[] scaled = scaled(fine, coarsening, node);
        double[] cuts = new double[coarsening.count() + 1];
        for (int c = 0; c < node.length; c++) {
            cuts[c + 1] = cuts[c] + node[c];
        }
        cuts[node.length] = 1;
        double nullRate = domain.nullable() ? node[0] : 0;
        MarginalSampler present = domain.isCategorical() ? categorical(domain, coarsening, scaled)
                : numeric(domain, scaled, offset);
        return new Marginals(domain.nullable() ? new NullableMarginal(nullRate, present) : present, cuts);
    }

    /** The fine histogram rescaled so each coarse bin holds its estimated mass; an empty coarse bin's fine bins share it evenly. */
    private static double[] scaled(double[] fine, Coarsening coarsening, double[] node) {
        double[] sums = coarsening.sum(fine);
        int[] sizes = coarsening.sizes();
        double[] scaled = new double[fine.length];
        for (int bin = 0; bin < fine.length; bin++) {
            int c = coarsening.coarse()[bin];
            scaled[bin] = sums[c] > 0 ? fine[bin] * node[c] / sums[c] : node[c] / sizes[c];
        }
        return scaled;
    }

    private static MarginalSampler categorical(FieldDomain domain, Coarsening coarsening, double[] scaled) {
        List<String> categories = new ArrayList<>();
        double[] weights = new double[coarsening.order().length];
        for (int i = 0; i < weights.length; i++) {
            int bin = coarsening.order()[i];
            categories.add(domain.categories().get(bin));
            weights[i] = scaled[bin];
        }
        return CategoricalSampler.weighted(domain.field().type(), categories, evenIfEmpty(weights));
    }

    private static MarginalSampler numeric(FieldDomain domain, double[] scaled, ZoneOffset offset) {
        FineBins bins = domain.bins();
        double[] mass = evenIfEmpty(java.util.Arrays.copyOf(scaled, bins.size()));
        double total = java.util.Arrays.stream(mass).sum();
        PointMasses masses = PointMasses.NONE;
        if (bins.zero() >= 0) {
            double below = 0;
            for (int bin = 0; bin < bins.zero(); bin++) {
                below += mass[bin] / total;
            }
            masses = new PointMasses(new double[] {0}, new double[] {below}, new double[] {below + mass[bins.zero()] / total});
        }
        FieldType type = domain.field().type();
        double step = type == FieldType.NUMBER ? 0 : 1;
        AxisBounds range = domain.range();
        return new QuantileSampler(type, quantiles(bins, mass), 0, range, offset, masses, step);
    }

    /** The inverse of the piecewise-uniform CDF of the bins other than the point bin, at evenly spaced positions. */
    static double[] quantiles(FineBins bins, double[] mass) {
        double[] edges = bins.edges();
        double continuous = 0;
        for (int bin = 0; bin < mass.length; bin++) {
            continuous += bins.isPoint(bin) ? 0 : mass[bin];
        }
        if (continuous <= 0) {
            return new double[] {edges[0], edges[edges.length - 1]};
        }
        double[] table = new double[QUANTILE_POINTS];
        int bin = 0;
        double before = 0;
        for (int t = 0; t < QUANTILE_POINTS; t++) {
            double target = continuous * t / (QUANTILE_POINTS - 1);
            while (bin < mass.length - 1 && (bins.isPoint(bin) || before + mass[bin] < target || mass[bin] == 0)) {
                before += bins.isPoint(bin) ? 0 : mass[bin];
                bin++;
            }
            double share = mass[bin] > 0 ? Math.min(1, Math.max(0, (target - before) / mass[bin])) : 1;
            table[t] = edges[bin] + share * (edges[bin + 1] - edges[bin]);
        }
        return table;
    }

    private static double[] evenIfEmpty(double[] weights) {
        double total = java.util.Arrays.stream(weights).sum();
        if (total > 0) {
            return weights;
        }
        double[] even = new double[weights.length];
        java.util.Arrays.fill(even, 1);
        return even;
    }
}
