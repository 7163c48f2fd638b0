/**
 * What differential privacy costs in quality, as measured: the engine README's section
 * "Differential privacy" (backend/engine/README.md) holds the per-table figures these medians come
 * from and how they were measured. Update both together; null is a figure not measured.
 */
export interface UtilityFigures {
  /** SDMetrics Column Shapes, 0–1. */
  columnShapes: number | null;
  /** SDMetrics Column Pair Trends, 0–1. */
  columnPairTrends: number | null;
  /** AUC of a classifier trained on synthetic rows over one trained on real rows, both tested on real held-out rows. */
  aucRatio: number | null;
}

export interface UtilityAtEpsilon {
  /** Null is training without differential privacy. */
  epsilon: number | null;
  /** Median over the public tables of 5,000 rows or more (mushrooms, hotel bookings, credit-card default). */
  large: UtilityFigures;
  /** Median over the public tables of under 1,000 rows (german credit, titanic, pima, student). */
  small: UtilityFigures;
}

/** Tables below this many rows are "small": DP noise weighs on them far more (see the README). */
export const SMALL_TABLE_ROWS = 1000;

const figures = (
  columnShapes: number | null,
  columnPairTrends: number | null,
  aucRatio: number | null,
): UtilityFigures => ({
  columnShapes,
  columnPairTrends,
  aucRatio,
});

export const MEASURED_UTILITY: readonly UtilityAtEpsilon[] = [
  { epsilon: 0.1, large: figures(0.8, 0.42, 0.63), small: figures(0.08, 0.14, null) },
  { epsilon: 1, large: figures(0.96, 0.86, 0.95), small: figures(0.67, 0.44, 0.84) },
  { epsilon: 10, large: figures(0.98, 0.88, 0.98), small: figures(0.96, 0.77, 0.95) },
  { epsilon: null, large: figures(0.96, 0.88, 1.0), small: figures(0.98, 0.85, 0.98) },
];

/** The measured row closest to an ε on a log scale (ε = 3 is nearer 1 than 10); the no-DP row without DP. */
export function utilityNear(epsilon: number | null): UtilityAtEpsilon {
  const measured = MEASURED_UTILITY.filter((row) => row.epsilon !== null);
  if (epsilon === null || !(epsilon > 0)) {
    return MEASURED_UTILITY.find((row) => row.epsilon === null) ?? measured[0];
  }
  const distance = (row: UtilityAtEpsilon) => Math.abs(Math.log10(row.epsilon ?? 1) - Math.log10(epsilon));
  return measured.reduce((best, row) => (distance(row) < distance(best) ? row : best));
}

const plain = new Intl.NumberFormat('en', { maximumSignificantDigits: 6, useGrouping: false });

/** ε and δ as the API's problem details write them: 0.00001 rather than 1e-5, 1 rather than 1.0. */
export function formatPrivacyAmount(value: number): string {
  return plain.format(value);
}
