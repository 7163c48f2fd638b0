package dev.synthesis.engine.dp.mst;

/**
 * Cleans a noisy numeric histogram before it is projected onto the simplex (post-processing). The
 * private range is wider than the data (whole octaves, widened by one), so many fine bins are empty,
 * and plain projection keeps every empty bin whose noise lands above its cut: far from the data those
 * become outliers no seed row supports. A bin is kept only when its noisy count reaches σ above the
 * universal threshold σ·√(2 ln m) over its m bins (Donoho and Johnstone, "Ideal spatial adaptation by
 * wavelet shrinkage", Biometrika 1994): pure noise passes it in any of 60 empty bins with probability
 * about 0.3 %, where the bare threshold lets one through in one field of eight, and one far outlier
 * is enough to wreck a correlation. The missing-value bin is always kept. A histogram with no bin
 * left is projected as measured.
 */
final class Denoising {

    private Denoising() {}

    /** @param present how many leading bins are present values (a trailing missing bin is kept as measured) */
    static double[] threshold(double[] noisy, int present, double sigma) {
        double cut = sigma * (Math.sqrt(2 * Math.log(Math.max(present, 2))) + 1);
        double[] kept = noisy.clone();
        boolean any = false;
        for (int bin = 0; bin < present; bin++) {
            if (kept[bin] < cut) {
                kept[bin] = 0;
            } else {
                any = true;
            }
        }
        return any ? kept : noisy;
    }
}
