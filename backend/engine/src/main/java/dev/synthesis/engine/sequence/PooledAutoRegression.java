package dev.synthesis.engine.sequence;

import dev.synthesis.engine.model.RowRandom;
import dev.synthesis.engine.model.timeseries.AutoRegression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One AR(p) process shared by many short series, each around its own level and a common drift.
 *
 * <p>The order is chosen by AIC over the pooled Yule-Walker fit ({@link AutoRegression}). Taking each
 * entity's own mean out of a short series biases the estimated autocorrelation downwards by about
 * (1 + 3 phi) / T for AR(1) (Kendall 1954; Nickell 1981): about 0.1 for phi = 0.7 and 30 events,
 * so generated series would be visibly less persistent than the seed's. The coefficients are
 * therefore corrected by indirect inference (Gourieroux, Monfort and Renault 1993, the iterative
 * bootstrap form of Kuk 1995): series of the seed's lengths are simulated from the current
 * coefficients, estimated exactly as the seed was, and the coefficients moved by the gap between the
 * seed's estimate and the simulated one, with the same innovations every round. The innovation
 * variance is then scaled so the simulated within-entity variance equals the seed's.
 *
 * <p>smile-core's {@code smile.timeseries.AR} fits one series only and needs the native
 * OpenBLAS/LAPACK that the engine leaves out, so the engine's own Durbin-Levinson recursion is used.
 */
final class PooledAutoRegression {

    static final int MAX_ORDER = 3;
    private static final int ITERATIONS = 8;
    private static final long SIMULATED_VALUES = 50_000;
    private static final int MAX_BURN_IN = 1_000;
    private static final double NEGLIGIBLE = 1e-4;

    /**
     * @param drift             the common change per event
     * @param noise             the shared AR process of the residuals
     * @param levelNoiseVariance how much of the spread of the seed's entity levels the AR noise explains
     *                          (the mean variance of an entity's mean residual)
     */
    record Fit(double drift, AutoRegression noise, double levelNoiseVariance) {}

    private PooledAutoRegression() {}

    /**
     * Orders up to {@link #MAX_ORDER}: per-entity series are often only a handful of events long, where
     * higher lags are seen too rarely to estimate, and AIC picks the lower orders anyway.
     *
     * @param series each entity's values in event order, none empty
     */
    static Fit fit(List<double[]> series, long seed) {
        double drift = WithinEntity.drift(series);
        double[] observed = WithinEntity.autocovariance(series, drift, MAX_ORDER);
        if (observed[0] <= 0) {
            return new Fit(drift, new AutoRegression(new double[0], 0), 0);
        }
        int order = AutoRegression.fromAutocovariance(observed, WithinEntity.valueCount(series), MAX_ORDER).coefficients().length;
        double[] target = AutoRegression.ofOrder(observed, order).coefficients();
        List<Integer> lengths = simulatedLengths(series);
        double[] phi = target.clone();
        for (int round = 0; round < ITERATIONS; round++) {
            double[] simulated = AutoRegression.ofOrder(simulatedAutocovariance(phi, lengths, seed).gamma, order).coefficients();
            double[] next = phi.clone();
            for (int k = 0; k < order; k++) {
                next[k] += target[k] - simulated[k];
            }
            if (burnIn(next) < 0) {
                break;
            }
            phi = next;
        }
        Simulated unit = simulatedAutocovariance(phi, lengths, seed);
        double variance = observed[0] / unit.gamma[0];
        return new Fit(drift, new AutoRegression(phi, variance), variance * unit.meanSquaredMean);
    }

    /** Steps after which the process has forgotten its zero start (its impulse response is negligible); -1 if it never does. */
    static int burnIn(double[] phi) {
        double[] psi = new AutoRegression(phi, 1).impulseResponse(MAX_BURN_IN + 1);
        int last = 0;
        for (int j = 0; j < psi.length; j++) {
            if (Math.abs(psi[j]) >= NEGLIGIBLE) {
                last = j;
            }
        }
        return last >= MAX_BURN_IN ? -1 : last;
    }

    /** Residual values: the process started at zero, run through its burn-in, then one value per event. */
    static double[] simulate(double[] phi, double sigma, int length, int burnIn, RowRandom random) {
        double[] all = new double[burnIn + length];
        for (int t = 0; t < all.length; t++) {
            double value = sigma * random.nextGaussian();
            for (int k = 0; k < phi.length && k < t; k++) {
                value += phi[k] * all[t - 1 - k];
            }
            all[t] = value;
        }
        return Arrays.copyOfRange(all, burnIn, all.length);
    }

    private record Simulated(double[] gamma, double meanSquaredMean) {}

    /** Estimates from unit-innovation series of the given lengths, the innovations fixed by the seed. */
    private static Simulated simulatedAutocovariance(double[] phi, List<Integer> lengths, long seed) {
        int burnIn = burnIn(phi);
        RowRandom random = new RowRandom();
        List<double[]> series = new ArrayList<>(lengths.size());
        double squaredMeans = 0;
        for (int e = 0; e < lengths.size(); e++) {
            double[] values = simulate(phi, 1, lengths.get(e), burnIn, random.reset(seed, 0, e));
            double mean = Arrays.stream(values).average().orElse(0);
            squaredMeans += mean * mean;
            series.add(values);
        }
        double[] gamma = WithinEntity.autocovariance(series, WithinEntity.drift(series), phi.length);
        return new Simulated(gamma, squaredMeans / lengths.size());
    }

    /** The seed's lengths, repeated until enough values are simulated for a steady estimate (or cut short for a large seed). */
    private static List<Integer> simulatedLengths(List<double[]> series) {
        List<Integer> lengths = new ArrayList<>();
        long total = 0;
        for (int i = 0; total < SIMULATED_VALUES; i = (i + 1) % series.size()) {
            lengths.add(series.get(i).length);
            total += series.get(i).length;
        }
        return lengths;
    }
}
