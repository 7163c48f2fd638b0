package dev.synthesis.engine.evaluate.quality;

/**
 * SDMetrics BoundaryAdherence for numeric and datetime columns: the share of present synthetic
 * values that lie within the real column's [min, max].
 */
public final class BoundaryAdherence {

    private BoundaryAdherence() {
    }

    public static double score(NumericValues real, NumericValues synthetic) {
        if (real.isEmpty() || synthetic.isEmpty()) {
            return 1;
        }
        long inside = 0;
        for (double value : synthetic.sorted()) {
            if (value >= real.min() && value <= real.max()) {
                inside++;
            }
        }
        return (double) inside / synthetic.sorted().length;
    }
}
