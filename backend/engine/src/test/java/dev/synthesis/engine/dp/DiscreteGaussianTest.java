package dev.synthesis.engine.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DiscreteGaussianTest {

    private static final int SAMPLES = 40_000;

    @Test
    void samplesHaveTheCalibratedVarianceAndNoBias() {
        double sigma = 7.3;
        DiscreteGaussian gaussian = new DiscreteGaussian(new SplittableRandom(3));
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < SAMPLES; i++) {
            long z = gaussian.sample(sigma);
            sum += z;
            squares += (double) z * z;
        }
        double mean = sum / SAMPLES;
        double variance = squares / SAMPLES - mean * mean;
        // The discrete Gaussian's variance is below σ² by a negligible amount at σ > 1 (CKS 2020, fact 19);
        // the sample variance of 40,000 draws has a relative standard error of about 0.7 %.
        assertThat(mean).isCloseTo(0, org.assertj.core.data.Offset.offset(4 * sigma / Math.sqrt(SAMPLES)));
        assertThat(variance / (sigma * sigma)).isBetween(0.97, 1.03);
    }

    @Test
    void probabilitiesFollowTheGaussianShape() {
        double sigma = 2;
        DiscreteGaussian gaussian = new DiscreteGaussian(new SplittableRandom(5));
        int[] counts = new int[5];
        for (int i = 0; i < SAMPLES; i++) {
            long z = Math.abs(gaussian.sample(sigma));
            if (z < counts.length) {
                counts[(int) z]++;
            }
        }
        // P(|Z| = 2) / P(Z = 0) = 2·exp(-4/8); P(|Z| = 1) / P(Z = 0) = 2·exp(-1/8)
        assertThat((double) counts[2] / counts[0]).isCloseTo(2 * Math.exp(-0.5), org.assertj.core.data.Offset.offset(0.06));
        assertThat((double) counts[1] / counts[0]).isCloseTo(2 * Math.exp(-0.125), org.assertj.core.data.Offset.offset(0.08));
    }

    @Test
    void laplaceHasTheCalibratedVariance() {
        double scale = 3.5;
        DiscreteLaplace laplace = new DiscreteLaplace(new SplittableRandom(9));
        double squares = 0;
        for (int i = 0; i < SAMPLES; i++) {
            long z = laplace.sample(scale);
            squares += (double) z * z;
        }
        // Var of the discrete Laplace with parameter t: 2·e^(-1/t) / (1 - e^(-1/t))²
        double q = Math.exp(-1 / scale);
        assertThat(squares / SAMPLES / (2 * q / ((1 - q) * (1 - q)))).isBetween(0.96, 1.04);
    }

    @Test
    void refusesAScaleThatIsNotPositive() {
        DiscreteGaussian gaussian = new DiscreteGaussian(DpRandom.secure());
        assertThatThrownBy(() -> gaussian.sample(0)).hasMessageContaining("sigma must be positive");
        assertThatThrownBy(() -> new DiscreteLaplace(DpRandom.secure()).sample(Double.NaN)).hasMessageContaining("scale");
    }
}
