package dev.synthesis.engine.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class ZcdpTest {

    @Test
    void rhoAndEpsilonAreInverses() {
        for (double epsilon : new double[] {0.1, 1, 10}) {
            double rho = Zcdp.rho(epsilon, 1e-6);
            assertThat(Zcdp.epsilon(rho, 1e-6)).isCloseTo(epsilon, offset(1e-6 * epsilon + 1e-9));
        }
    }

    @Test
    void conversionIsTighterThanTheTextbookBoundButNotLooserThanItsOwnDelta() {
        double rho = 0.05;
        double delta = 1e-6;
        double textbook = rho + 2 * Math.sqrt(rho * Math.log(1 / delta));
        double epsilon = Zcdp.epsilon(rho, delta);
        assertThat(epsilon).isLessThan(textbook).isGreaterThan(textbook * 0.7);
        assertThat(Zcdp.delta(rho, epsilon)).isLessThanOrEqualTo(delta * 1.0000001);
    }

    @Test
    void gaussianAndExponentialCostsFollowTheirFormulas() {
        assertThat(Zcdp.gaussianRho(1, Zcdp.gaussianSigma(1, 0.02))).isCloseTo(0.02, offset(1e-12));
        assertThat(Zcdp.gaussianRho(Math.sqrt(2), 10)).isCloseTo(0.01, offset(1e-12));
        assertThat(Zcdp.exponentialRho(Zcdp.exponentialEpsilon(0.3))).isCloseTo(0.3, offset(1e-12));
    }

    @Test
    void moreBudgetBuysMoreRho() {
        assertThat(Zcdp.rho(1, 1e-6)).isGreaterThan(Zcdp.rho(0.5, 1e-6));
        assertThat(Zcdp.rho(1, 1e-5)).isGreaterThan(Zcdp.rho(1, 1e-9));
    }
}
