package dev.synthesis.engine.dp;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Exact samples of the discrete Gaussian, P(z) ∝ exp(-z² / (2σ²)) on the integers, by rejection from
 * the discrete Laplace (Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential
 * Privacy", NeurIPS 2020, algorithm 3). Added to integer counts of L2 sensitivity Δ it satisfies
 * Δ²/(2σ²)-zCDP, the continuous Gaussian's guarantee (their theorem 4), and involves no floating
 * point: σ² is rounded up to a multiple of 1/{@value #RESOLUTION}, which only adds noise.
 */
public final class DiscreteGaussian {

    static final long RESOLUTION = 1L << 20;

    private final ExactBernoulli bernoulli;
    private final DiscreteLaplace laplace;

    public DiscreteGaussian(RandomGenerator secure) {
        this.bernoulli = new ExactBernoulli(secure);
        this.laplace = new DiscreteLaplace(secure);
    }

    public long sample(double sigma) {
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be positive and finite, got " + sigma);
        }
        BigInteger a = BigInteger.valueOf((long) Math.ceil(sigma * sigma * RESOLUTION));
        BigInteger b = BigInteger.valueOf(RESOLUTION);
        BigInteger t = BigInteger.valueOf((long) Math.floor(sigma) + 1);
        // Accept Y ~ DLap(t) with probability exp(-(|Y| - σ²/t)² / (2σ²)); with σ² = a/b that exponent
        // is (|Y|·b·t - a)² / (2·a·b·t²).
        BigInteger denominator = BigInteger.TWO.multiply(a).multiply(b).multiply(t).multiply(t);
        while (true) {
            long y = laplace.sample(t, BigInteger.ONE);
            BigInteger gap = BigInteger.valueOf(Math.abs(y)).multiply(b).multiply(t).subtract(a);
            if (bernoulli.withExpMinus(gap.multiply(gap), denominator)) {
                return y;
            }
        }
    }
}
