package dev.synthesis.engine.dp.mst;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.dp.DiscreteGaussian;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DenoisingTest {

    private static final double SIGMA = 38;

    @Test
    void aDiffuseShapeUnderHeavyNoiseIsNotPiledIntoAFewBins() {
        // given 768 rows spread evenly over 64 bins, each bin's count far below its noise (a small table)
        DiscreteGaussian noise = new DiscreteGaussian(new SplittableRandom(17));
        for (int trial = 0; trial < 20; trial++) {
            double[] noisy = new double[64];
            for (int bin = 0; bin < noisy.length; bin++) {
                noisy[bin] = 12 + noise.sample(SIGMA);
            }

            // when it is denoised
            double[] counts = Denoising.histogram(noisy, noisy.length, SIGMA);

            // then no eighth of the range holds more than half of the mass (it truly holds an eighth)
            double total = 0;
            for (double count : counts) {
                total += count;
            }
            for (int window = 0; window < 64; window += 8) {
                double inside = 0;
                for (int bin = window; bin < window + 8; bin++) {
                    inside += counts[bin];
                }
                assertThat(inside / total).as("trial %d, bins %d-%d", trial, window, window + 7).isLessThan(0.5);
            }
        }
    }

    @Test
    void anEmptyHalfOfAWideRangeGetsNoMass() {
        // given 800 rows in the first 16 of 64 bins and nothing beyond
        DiscreteGaussian noise = new DiscreteGaussian(new SplittableRandom(19));
        double[] noisy = new double[64];
        for (int bin = 0; bin < noisy.length; bin++) {
            noisy[bin] = (bin < 16 ? 50 : 0) + noise.sample(5);
        }

        double[] counts = Denoising.histogram(noisy, noisy.length, 5);

        double beyond = 0;
        for (int bin = 32; bin < 64; bin++) {
            beyond += counts[bin];
        }
        assertThat(beyond).isZero();
    }
}
