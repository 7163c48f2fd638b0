package dev.synthesis.engine.evaluate.quality;

/**
 * SDMetrics RangeCoverage for numeric and datetime columns: how much of the real [min, max] the
 * synthetic values span, 1 − (max(0, syn_min − real_min) + max(0, real_max − syn_max)) / (real_max − real_min),
 * clipped to [0, 1]. A constant real column is covered when the synthetic one contains its value.
 */
public final class RangeCoverage {

    private RangeCoverage() {
    }

    public static double score(NumericValues real, NumericValues synthetic) {
        if (real.isEmpty()) {
            return 1;
        }
        if (synthetic.isEmpty()) {
            return 0;
        }
        double width = real.max() - real.min();
        if (width == 0) {
            return synthetic.min() <= real.min() && synthetic.max() >= real.max() ? 1 : 0;
        }
        double uncovered = Math.max(0, synthetic.min() - real.min()) + Math.max(0, real.max() - synthetic.max());
        return Math.clamp(1 - uncovered / width, 0, 1);
    }
}
