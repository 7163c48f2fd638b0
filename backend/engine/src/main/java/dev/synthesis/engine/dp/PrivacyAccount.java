package dev.synthesis.engine.dp;

import java.util.List;

/**
 * The differential-privacy ledger of a fitted model. zCDP releases compose by adding ρ (Bun and
 * Steinke 2016); pure and approximate releases by adding ε and δ (Dwork and Roth 2014, theorem 3.16).
 * The spent (ε, δ): the δ the entries add on their own, plus the conversion of the total ρ at the
 * rest of the δ budget ({@link Zcdp#epsilon}); a pure ε-DP entry counts as ε²/2-zCDP when mixed with
 * zCDP ones. Model files written before zCDP accounting have no ρ and no δ budget: their spend is
 * the plain sums.
 *
 * @param enabled        whether training ran with differential privacy
 * @param epsilonBudget  the epsilon the schema allowed
 * @param entries        every release, in training order
 * @param notLearned     fields generated from the schema alone because their model has no private variant
 * @param deltaBudget    the delta the schema allowed (0 in model files written before it existed)
 */
public record PrivacyAccount(boolean enabled, double epsilonBudget, List<BudgetEntry> entries, List<String> notLearned,
                             double deltaBudget) {

    public static final PrivacyAccount OFF = new PrivacyAccount(false, 0, List.of(), List.of(), 0);

    public PrivacyAccount {
        entries = List.copyOf(entries);
        notLearned = List.copyOf(notLearned);
    }

    /** An account of (ε, δ) releases only, as model files before zCDP accounting hold. */
    public PrivacyAccount(boolean enabled, double epsilonBudget, List<BudgetEntry> entries, List<String> notLearned) {
        this(enabled, epsilonBudget, entries, notLearned, 0);
    }

    public double rhoSpent() {
        return entries.stream().mapToDouble(entry -> entry.rho() > 0 ? entry.rho() : entry.epsilon() * entry.epsilon() / 2).sum();
    }

    public double epsilonSpent() {
        if (!usesZcdp()) {
            return entries.stream().mapToDouble(BudgetEntry::epsilon).sum();
        }
        return Zcdp.epsilon(rhoSpent(), conversionDelta());
    }

    public double deltaSpent() {
        double own = entries.stream().mapToDouble(BudgetEntry::delta).sum();
        return usesZcdp() ? own + conversionDelta() : own;
    }

    private boolean usesZcdp() {
        return deltaBudget > 0 && entries.stream().anyMatch(entry -> entry.rho() > 0);
    }

    /** The δ left for converting ρ once the entries' own δ is taken from the budget. */
    private double conversionDelta() {
        return deltaBudget - entries.stream().mapToDouble(BudgetEntry::delta).sum();
    }
}
