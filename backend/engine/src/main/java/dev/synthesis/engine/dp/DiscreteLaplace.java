package dev.synthesis.engine.dp;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Exact samples of the discrete Laplace distribution, P(z) ∝ exp(-|z| / scale) on the integers
 * (Canonne, Kamath and Steinke 2020, algorithm 2). Adding it to an integer count of L1 sensitivity
 * Δ with scale Δ/ε is ε-differentially private, without floating-point noise.
 */
public final class DiscreteLaplace {

    /** Scales are rounded up to a multiple of 1/RESOLUTION: more noise, never less. */
    static final long RESOLUTION = 1L << 20;

    private final ExactBernoulli bernoulli;

    public DiscreteLaplace(RandomGenerator secure) {
        this.bernoulli = new ExactBernoulli(secure);
    }

    public long sample(double scale) {
        if (!(scale > 0) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("the scale must be positive and finite, got " + scale);
        }
        return sample(BigInteger.valueOf((long) Math.ceil(scale * RESOLUTION)), BigInteger.valueOf(RESOLUTION));
    }

    /** Scale t/s for positive integers t and s. */
    long sample(BigInteger t, BigInteger s) {
        while (true) {
            BigInteger u = bernoulli.uniformBelow(t);
            if (!bernoulli.withExpMinus(u, t)) {
                continue;
            }
            long v = 0;
            while (bernoulli.withExpMinus(BigInteger.ONE, BigInteger.ONE)) {
                v++;
            }
            long y = u.add(t.multiply(BigInteger.valueOf(v))).divide(s).longValueExact();
            boolean negative = bernoulli.withProbability(BigInteger.ONE, BigInteger.TWO);
            if (negative && y == 0) {
                continue;
            }
            return negative ? -y : y;
        }
    }
}
