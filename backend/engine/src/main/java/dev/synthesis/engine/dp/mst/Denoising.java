package dev.synthesis.engine.dp.mst;

/**
 * Turns a numeric field's noisy fine histogram into a distribution (post-processing) that neither
 * invents mass in the many empty bins of a range wider than the data nor loses a diffuse shape whose
 * every bin is below the noise. The bins are split in halves recursively (a dyadic tree, as in
 * hierarchical histograms: Hay et al., "Boosting the accuracy of differentially private histograms
 * through consistency", VLDB 2010). A node is significant when its noisy sum reaches σ·√g·z for its g
 * bins, with z = √(2 ln m) + 1 over the m bins (one above the universal threshold of Donoho and
 * Johnstone, Biometrika 1994: pure noise passes with probability about 0.3 % in 60 empty bins). A
 * node's mass goes to its halves, when their sums tell them apart, in proportion to the significant mass each holds (its own sum when it
 * is significant, else its significant descendants' sums, else its sum when that clears a lower bar
 * of {@value #WITHIN} σ√g), and is spread evenly
 * over a node with no significant part inside: as fine as the noise lets the shape be told. Empty
 * regions get nothing; spikes (zeros, small integers) keep their own bin.
 */
final class Denoising {

    /** The bar, in standard deviations of its noise, for a half of a node that holds mass. */
    static final double WITHIN = 2;

    private Denoising() {}

    /**
     * @param present how many leading bins are present values; a trailing missing bin keeps its count (clipped at 0)
     * @return the denoised counts, the present ones summing to the clipped noisy total of present values
     */
    static double[] histogram(double[] noisy, int present, double sigma) {
        return histogram(noisy, present, sigma, WITHIN);
    }

    /**
     * The strict variant: a half claims only its significant mass. Ranges use it: a spurious far bucket
     * would stretch the range by orders of magnitude and cost the fine bins all their resolution.
     */
    static double[] significantOnly(double[] noisy, double sigma) {
        return histogram(noisy, noisy.length, sigma, Double.POSITIVE_INFINITY);
    }

    private static double[] histogram(double[] noisy, int present, double sigma, double within) {
        double z = Math.sqrt(2 * Math.log(Math.max(present, 2))) + 1;
        double[] result = new double[noisy.length];
        for (int bin = present; bin < noisy.length; bin++) {
            result[bin] = Math.max(0, noisy[bin]);
        }
        double total = 0;
        for (int bin = 0; bin < present; bin++) {
            total += noisy[bin];
        }
        place(noisy, 0, present, Math.max(0, total), new Bars(sigma, z, within), result);
        return result;
    }

    /** The noise σ per bin, the bar z for significance and the lower bar for a half inside a node that holds rows. */
    private record Bars(double sigma, double z, double within) {}

    private static void place(double[] noisy, int from, int to, double mass, Bars bars, double[] result) {
        int middle = (from + to) >>> 1;
        boolean leaf = to - from == 1;
        boolean apart = !leaf && apart(noisy, from, middle, to, bars);
        double left = leaf ? 0 : apart ? share(noisy, from, middle, bars) : middle - from;
        double right = leaf ? 0 : apart ? share(noisy, middle, to, bars) : to - middle;
        if (left + right <= 0 || mass <= 0) {
            for (int bin = from; bin < to; bin++) {
                result[bin] = mass / (to - from);
            }
            return;
        }
        place(noisy, from, middle, mass * left / (left + right), bars, result);
        place(noisy, middle, to, mass * right / (left + right), bars, result);
    }

    /**
     * Whether the halves' sums differ by more than {@value #WITHIN} σ√g of the node: only then does the
     * noise let us tell them apart, and the mass follows what each half claims. Otherwise it is split by
     * width (and the halves are looked into further): when the noise is large beside the counts (small
     * tables), a half can miss the bar while holding as many rows as its sibling, and following the
     * claims level after level would pile a whole field into the luckiest few bins. Ranges keep the
     * strict rule (an infinite bar).
     */
    private static boolean apart(double[] noisy, int from, int middle, int to, Bars bars) {
        double difference = Math.abs(sum(noisy, from, middle) - sum(noisy, middle, to));
        return Double.isInfinite(bars.within()) || difference >= bars.within() * bars.sigma() * Math.sqrt(to - from);
    }

    /**
     * What a half of a node that holds mass claims: its significant mass, or else its own sum when that
     * reaches {@value #WITHIN} σ√g. Inside a node known to hold rows only two halves are tested, not
     * every bin, so a lower bar keeps the thin tails of a diffuse shape (an amount's top decile over a
     * decade of bins) while an empty half still claims mass rarely (2.3 %) and little (φ(2)·σ√g on average).
     */
    private static double share(double[] noisy, int from, int to, Bars bars) {
        double significant = significant(noisy, from, to, bars.sigma(), bars.z());
        double sum = sum(noisy, from, to);
        return significant > 0 ? significant : sum >= bars.within() * bars.sigma() * Math.sqrt(to - from) ? sum : 0;
    }

    /**
     * The significant mass a node holds: its own noisy sum when it is significant (diffuse mass around a
     * dense part counts too), else what its significant descendants hold.
     */
    private static double significant(double[] noisy, int from, int to, double sigma, double z) {
        double inside = 0;
        if (to - from > 1) {
            int middle = (from + to) >>> 1;
            inside = significant(noisy, from, middle, sigma, z) + significant(noisy, middle, to, sigma, z);
        }
        double sum = sum(noisy, from, to);
        return sum >= z * sigma * Math.sqrt(to - from) ? Math.max(sum, inside) : inside;
    }

    private static double sum(double[] values, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum;
    }
}
