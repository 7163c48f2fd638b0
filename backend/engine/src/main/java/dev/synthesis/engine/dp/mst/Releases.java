package dev.synthesis.engine.dp.mst;

import dev.synthesis.engine.dp.BudgetEntry;
import dev.synthesis.engine.dp.DiscreteGaussian;
import dev.synthesis.engine.dp.ExponentialMechanism;
import dev.synthesis.engine.dp.Zcdp;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The only way MST reads the seed: every query answer leaves through a mechanism here, and each
 * release is written to the ledger with its zCDP cost (or its δ, for partition selection).
 */
final class Releases {

    private final RandomGenerator secure;
    private final DiscreteGaussian gaussian;
    private final List<BudgetEntry> entries = new ArrayList<>();

    Releases(RandomGenerator secure) {
        this.secure = secure;
        this.gaussian = new DiscreteGaussian(secure);
    }

    /** Counts with discrete Gaussian noise of σ = 1/√(2ρ): one row changes one count by one (L2 sensitivity 1). */
    long[] counts(String component, long[] counts, double rho) {
        double sigma = Zcdp.gaussianSigma(1, rho);
        long[] noisy = new long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            noisy[i] = counts[i] + gaussian.sample(sigma);
        }
        entries.add(new BudgetEntry(component, "discrete gaussian, sigma " + String.format(java.util.Locale.ROOT, "%.3g", sigma),
                0, 0, rho));
        return noisy;
    }

    /** Records the δ of releasing only the categories whose noisy count passed a threshold. */
    void partitionSelection(String component, double delta) {
        entries.add(new BudgetEntry(component, "gaussian partition selection", 0, delta, 0));
    }

    /** One exponential-mechanism choice (ε²/8-zCDP), recorded under {@code component} with the others of its kind. */
    int choose(String component, double[] scores, double sensitivity, double rho) {
        entries.add(new BudgetEntry(component, "exponential mechanism", 0, 0, rho));
        return ExponentialMechanism.select(scores, sensitivity, Zcdp.exponentialEpsilon(rho), secure);
    }

    List<BudgetEntry> entries() {
        return List.copyOf(entries);
    }
}
