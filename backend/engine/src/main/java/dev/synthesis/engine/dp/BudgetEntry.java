package dev.synthesis.engine.dp;

/**
 * One differentially private release made while training.
 *
 * @param component what was released, e.g. {@code marginal:age} or {@code edge:age+income}
 * @param mechanism how, e.g. {@code discrete gaussian}
 * @param epsilon   the pure-DP budget it spent (0 for a release accounted in zCDP)
 * @param delta     the failure probability it adds on its own (e.g. a partition-selection threshold)
 * @param rho       its zCDP cost (0 for releases accounted as (ε, δ)-DP; model files written before
 *                  zCDP accounting have none)
 */
public record BudgetEntry(String component, String mechanism, double epsilon, double delta, double rho) {

    /** A release accounted as (ε, δ)-DP. */
    public BudgetEntry(String component, String mechanism, double epsilon, double delta) {
        this(component, mechanism, epsilon, delta, 0);
    }
}
