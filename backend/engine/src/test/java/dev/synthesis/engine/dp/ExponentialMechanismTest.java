package dev.synthesis.engine.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ExponentialMechanismTest {

    @Test
    void picksEachCandidateWithItsExponentialWeight() {
        double[] scores = {0, 1, 3};
        double epsilon = 1;
        SplittableRandom random = new SplittableRandom(11);
        int[] picks = new int[scores.length];
        int trials = 60_000;
        for (int i = 0; i < trials; i++) {
            picks[ExponentialMechanism.select(scores, 1, epsilon, random)]++;
        }
        double[] weights = {Math.exp(0), Math.exp(0.5), Math.exp(1.5)};
        double total = weights[0] + weights[1] + weights[2];
        for (int i = 0; i < scores.length; i++) {
            assertThat((double) picks[i] / trials).isCloseTo(weights[i] / total, offset(0.01));
        }
    }
}
