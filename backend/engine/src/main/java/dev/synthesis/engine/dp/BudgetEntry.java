package dev.synthesis.engine.dp;

/**
 * One differentially private release made while training.
 *
 * @param component what was released, e.g. {@code 1-way:age} or {@code 2-way:age,income}
 * @param mechanism how, e.g. {@code discrete gaussian}
 * @param epsilon   the pure or approximate epsilon it spent; 0 for zCDP releases, which count through rho
 * @param delta     the failure probability it adds outside zCDP (partition selection); 0 otherwise
 * @param rho       its zCDP cost; 0 for pure and approximate releases (and in model files written before zCDP)
 */
public record BudgetEntry(String component, String mechanism, double epsilon, double delta, double rho) {}
