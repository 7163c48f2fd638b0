package dev.synthesis.engine.dp;

import java.util.random.RandomGenerator;

/**
 * The exponential mechanism (McSherry and Talwar, FOCS 2007): picks candidate i with probability
 * ∝ exp(ε·score[i]/(2Δ)), by the Gumbel-max trick (adding Gumbel noise to each scaled score and
 * taking the largest) with secure uniforms. It is ε²/8-zCDP (Cesar and Rogers 2021).
 */
public final class ExponentialMechanism {

    private ExponentialMechanism() {}

    public static int select(double[] scores, double sensitivity, double epsilon, RandomGenerator secure) {
        int best = -1;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            double u = 1 - secure.nextDouble();
            double value = epsilon * scores[i] / (2 * sensitivity) - Math.log(-Math.log(u));
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        return best;
    }
}
