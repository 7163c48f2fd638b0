package dev.synthesis.engine.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PooledAutoRegressionTest {

    @Test
    void recoversPhiOfShortSeriesAroundTheirOwnLevels() {
        // given 300 series of 5 to 60 values, AR(1) with phi 0.7 and unit innovations, levels spread by 10
        List<double[]> series = series(0.7, 0.5, 300, new SplittableRandom(3));

        // when
        PooledAutoRegression.Fit fit = PooledAutoRegression.fit(series, 9);

        // then: phi, not the estimate biased down by about (1 + 3 phi) / T that demeaning short series gives
        assertThat(fit.noise().coefficients()[0]).isCloseTo(0.7, offset(0.04));
        assertThat(fit.noise().noiseVariance()).isCloseTo(1, offset(0.1));
        assertThat(fit.drift()).isCloseTo(0.5, offset(0.02));
    }

    @Test
    void findsNoAutocorrelationInIndependentValues() {
        List<double[]> series = series(0, 0, 300, new SplittableRandom(4));

        PooledAutoRegression.Fit fit = PooledAutoRegression.fit(series, 9);

        for (double coefficient : fit.noise().coefficients()) {
            assertThat(coefficient).isCloseTo(0, offset(0.05));
        }
        assertThat(fit.noise().noiseVariance()).isCloseTo(1, offset(0.1));
    }

    @Test
    void aProcessThatNeverForgetsItsStartHasNoBurnIn() {
        assertThat(PooledAutoRegression.burnIn(new double[] {1.01})).isEqualTo(-1);
        assertThat(PooledAutoRegression.burnIn(new double[] {0.5})).isBetween(10, 16);
    }

    private static List<double[]> series(double phi, double drift, int count, SplittableRandom random) {
        List<double[]> series = new ArrayList<>();
        for (int e = 0; e < count; e++) {
            double level = 10 * random.nextGaussian();
            double noise = random.nextGaussian() / Math.sqrt(1 - phi * phi);
            double[] values = new double[5 + random.nextInt(56)];
            for (int t = 0; t < values.length; t++) {
                values[t] = level + drift * t + noise;
                noise = phi * noise + random.nextGaussian();
            }
            series.add(values);
        }
        return series;
    }
}
