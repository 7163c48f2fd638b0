package dev.synthesis.engine.dp.mst;

import java.util.Arrays;

/**
 * Merges a field's fine bins into a few coarse bins for the 2-way marginals (post-processing of the
 * noisy 1-way). The missing bin stays a bin of its own; the present bins, taken in the order the
 * sampler holds them (values ascending, or categories by noisy count), are cut into about {@code k}
 * runs of roughly equal noisy mass, so a category or value that holds more than 1/k of the rows keeps a
 * coarse bin to itself. Coarse bin 0 is the missing bin when there is one; then come the runs, in order.
 *
 * @param order   fine present bins in sampler order
 * @param coarse  per fine bin (missing included), its coarse bin
 * @param count   the number of coarse bins
 */
record Coarsening(int[] order, int[] coarse, int count) {

    /**
     * How many coarse bins a field gets: the 2-way tables' noise must stay well below the counts they
     * measure, so a table of k×k cells over n rows with per-cell noise σ wants k² σ ≲ {@value #NOISE_SHARE}·n
     * (its L1 error about k²σ). Small or noisy tables get few bins, large ones up to {@value #MAX_BINS}.
     */
    static int binsFor(double rows, double sigma) {
        double k = Math.sqrt(NOISE_SHARE * Math.max(rows, 0) / sigma);
        return (int) Math.max(2, Math.min(MAX_BINS, Math.floor(k)));
    }

    static final double NOISE_SHARE = 0.25;
    static final int MAX_BINS = 16;

    static Coarsening of(FieldDomain domain, double[] mass, int k) {
        int[] order = order(domain, mass);
        int[] coarse = new int[domain.size()];
        int offset = domain.nullable() ? 1 : 0;
        double total = 0;
        for (int bin : order) {
            total += mass[bin];
        }
        int[] runs = runs(order, mass, k, total);
        int last = -1;
        int next = -1;
        for (int i = 0; i < order.length; i++) {
            if (runs[i] != last) {
                next++;
                last = runs[i];
            }
            coarse[order[i]] = offset + next;
        }
        if (domain.nullable()) {
            coarse[domain.missing()] = 0;
        }
        return new Coarsening(order, coarse, offset + next + 1);
    }

    /**
     * Each bin's run by the midpoint of its mass on the cumulative scale; bins without mass join the run
     * before them (or after, at the start), so no coarse bin is made of empty fine bins alone.
     */
    private static int[] runs(int[] order, double[] mass, int k, double total) {
        int[] runs = new int[order.length];
        double before = 0;
        int previous = -1;
        for (int i = 0; i < order.length; i++) {
            double m = mass[order[i]];
            runs[i] = m <= 0 || total <= 0 ? previous : (int) Math.min(k - 1, Math.floor(k * (before + m / 2) / total));
            previous = runs[i];
            before += m;
        }
        int next = 0;
        for (int i = order.length - 1; i >= 0; i--) {
            next = runs[i] >= 0 ? runs[i] : next;
            runs[i] = next;
        }
        return runs;
    }

    private static int[] order(FieldDomain domain, double[] mass) {
        Integer[] bins = new Integer[domain.present()];
        Arrays.setAll(bins, i -> i);
        boolean byMass = domain.isCategorical() && !domain.field().type().isNumeric() && !domain.field().type().isTemporal();
        if (byMass) {
            Arrays.sort(bins, (a, b) -> Double.compare(mass[b], mass[a]));
        }
        return Arrays.stream(bins).mapToInt(Integer::intValue).toArray();
    }

    /** The masses of the coarse bins. */
    double[] sum(double[] fine) {
        double[] sums = new double[count];
        for (int bin = 0; bin < fine.length; bin++) {
            sums[coarse[bin]] += fine[bin];
        }
        return sums;
    }

    /** How many fine bins each coarse bin holds. */
    int[] sizes() {
        int[] sizes = new int[count];
        for (int bin : coarse) {
            sizes[bin]++;
        }
        return sizes;
    }
}
