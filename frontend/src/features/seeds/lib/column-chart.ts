import type { FieldProfile } from '../api/seeds-api';

export interface Bar {
  name: string;
  value: number;
}

/**
 * The small chart a column's summary shows, drawn only from what the profile holds: its most
 * frequent values (up to ten). The profile carries no bins, so a column of mostly distinct
 * numbers or dates gets no chart rather than an invented histogram.
 */
export type ColumnChart =
  | { kind: 'categories'; bars: Bar[]; otherRows: number }
  | { kind: 'values'; bars: Bar[]; otherRows: number }
  | { kind: 'none'; reason: string };

/**
 * Below this share of a number or date column's rows, its most frequent values say nothing of its
 * shape (ten values of a thousand distinct ones, each seen once or twice), so no chart is drawn.
 */
const MIN_SHARE_SHOWN = 0.5;

const ORDERED_TYPES = new Set<FieldProfile['type']>(['number', 'integer', 'date', 'datetime']);

function inValueOrder(type: FieldProfile['type'], bars: Bar[]): Bar[] {
  const numeric = type === 'number' || type === 'integer';
  return bars.toSorted((a, b) => (numeric ? Number(a.name) - Number(b.name) : a.name.localeCompare(b.name)));
}

export function columnChartOf(field: FieldProfile): ColumnChart {
  if (field.topValues.length === 0) {
    const reason =
      field.semanticKind !== null
        ? 'Values of personal data are not summarised.'
        : field.distinctCount === 0
          ? 'The column has no values.'
          : 'Nearly every value is distinct; the profile keeps no frequencies for it.';
    return { kind: 'none', reason };
  }
  const bars = field.topValues.map(({ value, count }) => ({ name: value, value: count }));
  const shown = bars.reduce((sum, bar) => sum + bar.value, 0);
  const otherRows = Math.max(field.count - field.nullCount - shown, 0);
  if (ORDERED_TYPES.has(field.type) && shown < MIN_SHARE_SHOWN * (shown + otherRows)) {
    const share = Math.round((100 * shown) / (shown + otherRows));
    return {
      kind: 'none',
      reason: `Its ${bars.length} most frequent values hold only ${share} % of the rows, too few to show its shape.`,
    };
  }
  return ORDERED_TYPES.has(field.type)
    ? { kind: 'values', bars: inValueOrder(field.type, bars), otherRows }
    : { kind: 'categories', bars, otherRows };
}
