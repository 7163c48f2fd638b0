import { formatPercent } from '@/lib/format';

/** A score in [0, 1] as percent; "—" when the report has none (the engine writes NaN as null). */
export function formatScore(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined || !Number.isFinite(fraction)
    ? '—'
    : formatPercent(fraction * 100);
}

/** Green from 80 %, yellow from 60 %, else red: how a score reads at a glance. */
export function scoreColor(fraction: number | null | undefined): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) {
    return 'gray';
  }
  return fraction >= 0.8 ? 'teal' : fraction >= 0.6 ? 'yellow' : 'red';
}
