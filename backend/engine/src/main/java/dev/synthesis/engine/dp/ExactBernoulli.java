package dev.synthesis.engine.dp;

import java.math.BigInteger;
import java.util.random.RandomGenerator;

/**
 * Bernoulli trials with exactly rational probabilities, the building blocks of the exact samplers
 * of Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential Privacy" (NeurIPS 2020),
 * algorithm 1: no floating point touches the probabilities, so the low bits leak nothing (Mironov,
 * "On significance of the least significant bits for differential privacy", CCS 2012).
 */
final class ExactBernoulli {

    private final RandomGenerator random;

    ExactBernoulli(RandomGenerator random) {
        this.random = random;
    }

    /** True with probability numerator / denominator (0 ≤ numerator ≤ denominator, denominator > 0). */
    boolean withProbability(BigInteger numerator, BigInteger denominator) {
        return uniformBelow(denominator).compareTo(numerator) < 0;
    }

    /** True with probability exp(-numerator / denominator), for numerator ≥ 0 (CKS 2020, algorithm 1). */
    boolean withExpMinus(BigInteger numerator, BigInteger denominator) {
        BigInteger[] whole = numerator.divideAndRemainder(denominator);
        for (BigInteger i = BigInteger.ZERO; i.compareTo(whole[0]) < 0; i = i.add(BigInteger.ONE)) {
            if (!withExpMinusAtMostOne(BigInteger.ONE, BigInteger.ONE)) {
                return false;
            }
        }
        return withExpMinusAtMostOne(whole[1], denominator);
    }

    /** exp(-γ) for γ = numerator / denominator in [0, 1]: the parity of the first failed trial. */
    private boolean withExpMinusAtMostOne(BigInteger numerator, BigInteger denominator) {
        long k = 1;
        while (withProbability(numerator, denominator.multiply(BigInteger.valueOf(k)))) {
            k++;
        }
        return k % 2 == 1;
    }

    /** A uniform integer in [0, bound), by rejection so every value is exactly equally likely. */
    BigInteger uniformBelow(BigInteger bound) {
        int bits = bound.bitLength();
        BigInteger candidate;
        do {
            candidate = randomBits(bits);
        } while (candidate.compareTo(bound) >= 0);
        return candidate;
    }

    private BigInteger randomBits(int bits) {
        byte[] bytes = new byte[(bits + 7) / 8 + 1];
        for (int i = 1; i < bytes.length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        int excess = (bytes.length - 1) * 8 - bits;
        bytes[1] &= (byte) (0xFF >>> excess);
        return new BigInteger(bytes);
    }
}
