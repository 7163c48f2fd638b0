import type { RowError } from '../api/seeds-api';

export interface ColumnErrors {
  field: string;
  errors: RowError[];
  /** The rows of these errors, each once, in order. */
  rows: number[];
}

/** The listed errors by column, the column with the most first, each column's errors in row order. */
export function groupByColumn(errors: RowError[]): ColumnErrors[] {
  const byField = new Map<string, RowError[]>();
  for (const error of errors) {
    byField.set(error.field, [...(byField.get(error.field) ?? []), error]);
  }
  return [...byField]
    .map(([field, fieldErrors]) => {
      const inOrder = fieldErrors.toSorted((a, b) => a.row - b.row);
      return { field, errors: inOrder, rows: [...new Set(inOrder.map((error) => error.row))] };
    })
    .sort((a, b) => b.errors.length - a.errors.length || a.field.localeCompare(b.field));
}
