package dev.synthesis.engine.dp;

/**
 * One differentially private release made while training.
 *
 * @param component what was released, e.g. {@code marginal:age} or {@code copula}
 * @param mechanism how, e.g. {@code laplace histogram}
 * @param epsilon   the budget it spent
 * @param delta     the failure probability it adds (0 for pure epsilon-DP releases)
 */
public record BudgetEntry(String component, String mechanism, double epsilon, double delta) {}
