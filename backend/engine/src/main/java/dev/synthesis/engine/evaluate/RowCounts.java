package dev.synthesis.engine.evaluate;

/**
 * Sizes of the evaluated tables.
 *
 * @param training  real rows the generator trained on
 * @param holdout   real rows held out (0 when none)
 * @param synthetic synthetic rows
 */
public record RowCounts(int training, int holdout, int synthetic) {
}
