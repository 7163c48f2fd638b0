package dev.synthesis.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.synthesis.engine.model.timeseries.AutoRegression;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AutoRegressionTest {

    @Test
    void recoversTheCoefficientsAndNoiseOfAKnownArTwoProcess() {
        // given x_t = 0.6 x_{t-1} - 0.2 x_{t-2} + e_t, sd(e) = 2
        SplittableRandom random = new SplittableRandom(11);
        double[] series = new double[20_000];
        for (int t = 2; t < series.length; t++) {
            series[t] = 0.6 * series[t - 1] - 0.2 * series[t - 2] + 2 * random.nextGaussian();
        }

        // when
        AutoRegression fitted = AutoRegression.fit(series, 10);

        // then
        // AIC may add a few spurious lags; they must be negligible
        for (int lag = 2; lag < fitted.coefficients().length; lag++) {
            assertThat(fitted.coefficients()[lag]).isCloseTo(0, offset(0.05));
        }
        assertThat(fitted.coefficients()[0]).isCloseTo(0.6, offset(0.03));
        assertThat(fitted.coefficients()[1]).isCloseTo(-0.2, offset(0.03));
        assertThat(fitted.noiseVariance()).isCloseTo(4.0, offset(0.15));
    }

    @Test
    void impulseResponseOfArOneDecaysGeometrically() {
        AutoRegression ar = new AutoRegression(new double[] {0.5}, 1);

        assertThat(ar.impulseResponse(4)).containsExactly(1, 0.5, 0.25, 0.125);
    }
}
