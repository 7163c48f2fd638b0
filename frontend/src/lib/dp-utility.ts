/**
 * What differential privacy costs in quality, as measured: the engine README's section
 * "Differential privacy" (backend/engine/README.md) holds the table these figures come from and
 * how they were measured. Update both together; null is a figure not measured yet.
 */
export interface UtilityAtEpsilon {
  /** Null is training without differential privacy. */
  epsilon: number | null;
  /** SDMetrics Column Shapes, 0–1. */
  columnShapes: number | null;
  /** SDMetrics Column Pair Trends, 0–1. */
  columnPairTrends: number | null;
  /** AUC of a classifier trained on synthetic rows over one trained on real rows, both tested on real held-out rows. */
  aucRatio: number | null;
  /** The evaluation's overall quality score, 0–1. */
  qualityScore: number | null;
}

export const MEASURED_UTILITY: readonly UtilityAtEpsilon[] = [
  { epsilon: 0.1, columnShapes: null, columnPairTrends: null, aucRatio: null, qualityScore: null },
  { epsilon: 1, columnShapes: null, columnPairTrends: null, aucRatio: null, qualityScore: 0.35 },
  { epsilon: 10, columnShapes: null, columnPairTrends: null, aucRatio: null, qualityScore: 0.93 },
  { epsilon: null, columnShapes: null, columnPairTrends: null, aucRatio: null, qualityScore: 0.97 },
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
