package dev.synthesis.engine.model.timeseries;

import java.util.Arrays;

/**
 * Fits an AR(p) process by the Yule-Walker equations solved with the Durbin-Levinson recursion, the
 * order chosen by Akaike's information criterion (Brockwell and Davis, "Introduction to Time Series
 * and Forecasting", 2nd ed., sections 5.1.1 and 5.5.2).
 *
 * @param coefficients phi_1..phi_p
 * @param noiseVariance the innovation variance of the chosen order
 */
public record AutoRegression(double[] coefficients, double noiseVariance) {

    public static AutoRegression fit(double[] series, int maxOrder) {
        return fromAutocovariance(autocovariance(series, maxOrder), series.length, maxOrder);
    }

    /**
     * The AIC-best order up to {@code maxOrder} from autocovariances gamma_0..gamma_maxOrder of
     * {@code sampleSize} values; they may be pooled over several series of one process.
     */
    public static AutoRegression fromAutocovariance(double[] gamma, long sampleSize, int maxOrder) {
        return durbinLevinson(gamma, sampleSize, maxOrder, false);
    }

    /** Exactly order {@code order}, with no choice by AIC. */
    public static AutoRegression ofOrder(double[] gamma, int order) {
        return durbinLevinson(gamma, 1, order, true);
    }

    private static AutoRegression durbinLevinson(double[] gamma, long sampleSize, int maxOrder, boolean lastOrder) {
        if (gamma[0] <= 0) {
            return new AutoRegression(new double[0], 0);
        }
        double[] phi = new double[0];
        double variance = gamma[0];
        double bestAic = sampleSize * Math.log(variance);
        AutoRegression best = new AutoRegression(phi, variance);
        for (int order = 1; order <= maxOrder; order++) {
            double reflection = reflection(gamma, phi, variance, order);
            phi = nextCoefficients(phi, reflection);
            variance *= 1 - reflection * reflection;
            double aic = sampleSize * Math.log(variance) + 2 * order;
            if (lastOrder || aic < bestAic) {
                bestAic = aic;
                best = new AutoRegression(phi.clone(), variance);
            }
        }
        return best;
    }

    /** The MA(infinity) weights psi_0..psi_{count-1} of this causal AR process. */
    public double[] impulseResponse(int count) {
        double[] psi = new double[count];
        psi[0] = 1;
        for (int j = 1; j < count; j++) {
            double sum = 0;
            for (int k = 1; k <= Math.min(j, coefficients.length); k++) {
                sum += coefficients[k - 1] * psi[j - k];
            }
            psi[j] = sum;
        }
        return psi;
    }

    static double[] autocovariance(double[] series, int maxLag) {
        double mean = Arrays.stream(series).average().orElse(0);
        double[] gamma = new double[maxLag + 1];
        for (int lag = 0; lag <= maxLag; lag++) {
            double sum = 0;
            for (int t = lag; t < series.length; t++) {
                sum += (series[t] - mean) * (series[t - lag] - mean);
            }
            gamma[lag] = sum / series.length;
        }
        return gamma;
    }

    private static double reflection(double[] gamma, double[] phi, double variance, int order) {
        double sum = gamma[order];
        for (int k = 1; k < order; k++) {
            sum -= phi[k - 1] * gamma[order - k];
        }
        return sum / variance;
    }

    private static double[] nextCoefficients(double[] phi, double reflection) {
        double[] next = Arrays.copyOf(phi, phi.length + 1);
        for (int k = 0; k < phi.length; k++) {
            next[k] = phi[k] - reflection * phi[phi.length - 1 - k];
        }
        next[phi.length] = reflection;
        return next;
    }
}
