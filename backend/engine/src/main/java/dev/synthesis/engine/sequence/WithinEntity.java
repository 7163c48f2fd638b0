package dev.synthesis.engine.sequence;

import java.util.List;

/**
 * Statistics of series pooled over entities after each entity's own level is taken out: the common
 * drift per event (the within-entity least-squares slope, pooled), and the autocovariances of what
 * remains, summed over entities and divided by the number of values (the pooled form of the
 * Yule-Walker estimate in Brockwell and Davis, section 5.1.1).
 */
final class WithinEntity {

    private WithinEntity() {}

    /** Pooled within-entity slope of value on event index. */
    static double drift(List<double[]> series) {
        double products = 0;
        double squares = 0;
        for (double[] values : series) {
            double meanIndex = (values.length - 1) / 2.0;
            double mean = mean(values);
            for (int t = 0; t < values.length; t++) {
                products += (t - meanIndex) * (values[t] - mean);
                squares += (t - meanIndex) * (t - meanIndex);
            }
        }
        return squares == 0 ? 0 : products / squares;
    }

    /** Each value minus its entity's level and the drift, so every residual series sums to zero. */
    static double[] residuals(double[] values, double drift) {
        double level = level(values, drift);
        double[] residuals = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            residuals[t] = values[t] - level - drift * t;
        }
        return residuals;
    }

    /** The entity's value at event 0 on its drift line through its mean. */
    static double level(double[] values, double drift) {
        return mean(values) - drift * (values.length - 1) / 2.0;
    }

    /** gamma_0..gamma_maxLag of the residuals, pooled over entities. */
    static double[] autocovariance(List<double[]> series, double drift, int maxLag) {
        double[] gamma = new double[maxLag + 1];
        long count = 0;
        for (double[] values : series) {
            double[] residuals = residuals(values, drift);
            count += residuals.length;
            for (int lag = 0; lag <= maxLag; lag++) {
                for (int t = lag; t < residuals.length; t++) {
                    gamma[lag] += residuals[t] * residuals[t - lag];
                }
            }
        }
        for (int lag = 0; lag <= maxLag; lag++) {
            gamma[lag] = count == 0 ? 0 : gamma[lag] / count;
        }
        return gamma;
    }

    static long valueCount(List<double[]> series) {
        return series.stream().mapToLong(values -> values.length).sum();
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length == 0 ? 0 : sum / values.length;
    }
}
