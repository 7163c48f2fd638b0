package dev.synthesis.engine.dp;

import java.util.random.RandomGenerator;

/**
 * The discrete Gaussian, P(z) ∝ exp(−z²/(2σ²)) on the integers, by rejection from a discrete Laplace
 * of scale t = ⌊σ⌋ + 1 (Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential Privacy",
 * NeurIPS 2020, algorithm 3), with randomness from a secure source.
 */
public final class DiscreteGaussian {

    private final RandomGenerator secure;
    private final DiscreteLaplace laplace;

    public DiscreteGaussian(RandomGenerator secure) {
        this.secure = secure;
        this.laplace = new DiscreteLaplace(secure);
    }

    public long sample(double sigma) {
        double t = Math.floor(sigma) + 1;
        double variance = sigma * sigma;
        while (true) {
            long y = laplace.sample(t);
            double gap = Math.abs(y) - variance / t;
            if (secure.nextDouble() < Math.exp(-gap * gap / (2 * variance))) {
                return y;
            }
        }
    }
}
