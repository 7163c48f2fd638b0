package dev.synthesis.engine.dp;

import java.util.List;

/**
 * The differential-privacy ledger of a fitted model. Releases compose sequentially (Dwork and Roth,
 * "The Algorithmic Foundations of Differential Privacy", 2014, theorem 3.16), so the spent epsilon and
 * delta are the sums over entries.
 *
 * @param enabled        whether training ran with differential privacy
 * @param epsilonBudget  the epsilon the schema allowed
 * @param entries        every release, in training order
 * @param notLearned     fields generated from the schema alone because their model has no private variant
 */
public record PrivacyAccount(boolean enabled, double epsilonBudget, List<BudgetEntry> entries, List<String> notLearned) {

    public static final PrivacyAccount OFF = new PrivacyAccount(false, 0, List.of(), List.of());

    public PrivacyAccount {
        entries = List.copyOf(entries);
        notLearned = List.copyOf(notLearned);
    }

    public double epsilonSpent() {
        return entries.stream().mapToDouble(BudgetEntry::epsilon).sum();
    }

    public double deltaSpent() {
        return entries.stream().mapToDouble(BudgetEntry::delta).sum();
    }
}
