import type { components } from '@/api/schema.gen';

type Distribution = components['schemas']['Distribution'];

/** One bar group of a distribution chart: a bin or category, and the share of real and synthetic rows in it (percent). */
export interface DistributionRow {
  label: string;
  real: number;
  synthetic: number;
}

const edgeFormat = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 3 });

/** "10–20": a histogram bin by its edges, short enough for an axis. */
function binLabel(from: number, to: number): string {
  return `${edgeFormat.format(from)}–${edgeFormat.format(to)}`;
}

/**
 * A column's real and synthetic shares as chart rows, in percent: one per histogram bin (numeric
 * columns, `binEdges` has one more entry than there are bins) or per category (the engine's
 * top categories, then "(other)"). A share the report lacks counts as 0.
 */
export function distributionRows(distribution: Distribution): DistributionRow[] {
  const real = distribution.real ?? [];
  const synthetic = distribution.synthetic ?? [];
  const edges = distribution.binEdges;
  const labels =
    edges && edges.length > 1
      ? edges.slice(0, -1).map((from, bin) => binLabel(from, edges[bin + 1] ?? from))
      : (distribution.categories ?? []);
  return labels.map((label, index) => ({
    label,
    real: 100 * (real[index] ?? 0),
    synthetic: 100 * (synthetic[index] ?? 0),
  }));
}

/** A matrix as the report sends it: null where a correlation is undefined (a constant column). */
export type Matrix = (number | null)[][];

/** Synthetic minus real, cell by cell; blank where either is. */
export function differenceMatrix(real: Matrix, synthetic: Matrix): Matrix {
  return real.map((row, r) =>
    row.map((value, c) => {
      const other = synthetic.at(r)?.at(c);
      return value === null || other === null || other === undefined ? null : other - value;
    }),
  );
}

/** Blue for negative, white at 0, red for positive; the scale's ends are ±`limit`. */
export function divergingColor(value: number, limit = 1): string {
  const t = Math.max(-1, Math.min(1, value / limit));
  // interpolate white (255,255,255) towards red (198,40,40) or blue (25,118,210)
  const [r, g, b] = t >= 0 ? [198, 40, 40] : [25, 118, 210];
  const share = Math.abs(t);
  const mix = (to: number) => Math.round(255 + (to - 255) * share);
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}

/** Text on a cell stays readable: dark on pale cells, white on strong ones. */
export function textColorOn(value: number, limit = 1): string {
  return Math.abs(value / limit) > 0.6 ? '#fff' : '#1c1e21';
}
