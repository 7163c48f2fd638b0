package dev.synthesis.engine.dp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrivacyAccountTest {

    @Test
    void zcdpReleasesAddTheirRhoAndConvertAtTheDeltaLeftByThresholds() {
        double epsilon = 1;
        double delta = 1e-6;
        double threshold = 2e-7;
        double rho = Zcdp.rho(epsilon, delta - threshold);
        PrivacyAccount account = new PrivacyAccount(true, epsilon, List.of(
                new BudgetEntry("marginal:a", "discrete gaussian", 0, 0, rho / 2),
                new BudgetEntry("categories:a", "gaussian partition selection", 0, threshold, rho / 2)), List.of(), delta);

        assertThat(account.rhoSpent()).isCloseTo(rho, offset(1e-15));
        assertThat(account.epsilonSpent()).isCloseTo(epsilon, offset(1e-6));
        assertThat(account.deltaSpent()).isCloseTo(delta, offset(1e-18));
    }

    @Test
    void modelFilesWithoutZcdpSpendTheSums() {
        PrivacyAccount account = new PrivacyAccount(true, 1, List.of(
                new BudgetEntry("marginal:a", "laplace histogram", 0.4, 0),
                new BudgetEntry("marginal:b", "laplace histogram", 0.5, 1e-6)), List.of());

        assertThat(account.epsilonSpent()).isCloseTo(0.9, offset(1e-12));
        assertThat(account.deltaSpent()).isEqualTo(1e-6);
    }
}
