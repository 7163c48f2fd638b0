package dev.synthesis.engine.dp;

import java.util.random.RandomGenerator;

/**
 * The exponential mechanism (McSherry and Talwar, FOCS 2007): picks candidate i with probability
 * ∝ exp(ε·score_i / (2Δ)), which is ε-DP when each score has sensitivity Δ. Sampled with the
 * Gumbel-max trick (the argmax of score·ε/(2Δ) plus independent standard Gumbel noise has exactly that
 * distribution). The Gumbel draws are floating point from a secure source; only the index is released,
 * not the noisy scores, which limits what low bits could tell.
 */
public final class ExponentialMechanism {

    private ExponentialMechanism() {}

    public static int select(double[] scores, double sensitivity, double epsilon, RandomGenerator secure) {
        if (scores.length == 0) {
            throw new IllegalArgumentException("the exponential mechanism needs at least one candidate");
        }
        if (!(sensitivity > 0 && epsilon > 0)) {
            throw new IllegalArgumentException("sensitivity and epsilon must be positive");
        }
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            double value = scores[i] * epsilon / (2 * sensitivity) + gumbel(secure);
            if (value > bestValue) {
                best = i;
                bestValue = value;
            }
        }
        return best;
    }

    private static double gumbel(RandomGenerator random) {
        double uniform = random.nextDouble();
        while (uniform == 0) {
            uniform = random.nextDouble();
        }
        return -Math.log(-Math.log(uniform));
    }
}
