package dev.synthesis.engine.dp;

import java.util.random.RandomGenerator;

/**
 * The discrete Laplace distribution, P(z) ∝ exp(−|z|/scale), sampled as the difference of two
 * geometric variables (Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential Privacy",
 * NeurIPS 2020, algorithm 2) from a secure source.
 */
public final class DiscreteLaplace {

    private final RandomGenerator secure;

    public DiscreteLaplace(RandomGenerator secure) {
        this.secure = secure;
    }

    public long sample(double scale) {
        double p = 1 - Math.exp(-1 / scale);
        return geometric(p) - geometric(p);
    }

    /** Failures before the first success of Bernoulli(p) trials, by inversion of a secure uniform. */
    private long geometric(double p) {
        double u = 1 - secure.nextDouble();
        return (long) Math.floor(Math.log(u) / Math.log1p(-p));
    }
}
