package dev.synthesis.engine.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class NormalTest {

    @Test
    void cdfMatchesKnownValues() {
        assertThat(Normal.cdf(0)).isCloseTo(0.5, offset(1e-7));
        assertThat(Normal.cdf(1.959963985)).isCloseTo(0.975, offset(1e-7));
        assertThat(Normal.cdf(-3)).isCloseTo(0.0013498980, offset(1e-7));
    }

    @Test
    void quantileInvertsTheCdf() {
        for (double p = 0.0005; p < 1; p += 0.0173) {
            assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, offset(1e-7));
        }
    }

    @Test
    void tabulatedCdfAgreesWithTheDirectOne() {
        for (double x = -9; x <= 9; x += 0.0137) {
            assertThat(Normal.fastCdf(x)).isCloseTo(Normal.cdf(x), offset(2e-7));
        }
    }
}
