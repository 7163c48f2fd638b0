package dev.synthesis.engine.dp;

import java.util.List;

/**
 * The differential-privacy ledger of a fitted model. zCDP releases compose by adding their rho (Bun
 * and Steinke 2016); their total converts to (ε, δ − δ of the other releases) with {@link Zcdp#epsilon};
 * pure and approximate releases (rho 0) compose sequentially on top (Dwork and Roth 2014, theorem
 * 3.16). Files written before zCDP have rho 0 everywhere and a delta budget of 0: they sum as before.
 *
 * @param enabled        whether training ran with differential privacy
 * @param epsilonBudget  the epsilon the schema allowed
 * @param entries        every release, in training order
 * @param notLearned     fields generated from the schema alone because their model has no private variant
 * @param delta          the delta budget the schema allowed (0 in files written before it existed)
 */
public record PrivacyAccount(boolean enabled, double epsilonBudget, List<BudgetEntry> entries, List<String> notLearned,
                             double delta) {

    public static final PrivacyAccount OFF = new PrivacyAccount(false, 0, List.of(), List.of(), 0);

    public PrivacyAccount {
        entries = List.copyOf(entries);
        notLearned = List.copyOf(notLearned);
    }

    public double epsilonSpent() {
        double pure = entries.stream().mapToDouble(BudgetEntry::epsilon).sum();
        double rho = rhoSpent();
        return rho > 0 ? pure + Zcdp.epsilon(rho, delta - approximateDelta()) : pure;
    }

    public double deltaSpent() {
        return rhoSpent() > 0 ? delta : approximateDelta();
    }

    public double rhoSpent() {
        return entries.stream().mapToDouble(BudgetEntry::rho).sum();
    }

    private double approximateDelta() {
        return entries.stream().mapToDouble(BudgetEntry::delta).sum();
    }
}
