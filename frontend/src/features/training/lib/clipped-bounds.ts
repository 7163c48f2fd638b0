import { formatCount } from '@/lib/format';

import type { ClippedField } from '../api/training-api';

/** "1 value … lies … was", "12 values … lie … were". */
function counted(count: number, field: string, where: string, bound: string | null | undefined): string {
  const one = count === 1;
  return `${one ? '1 value' : `${formatCount(count)} values`} of ${field} ${one ? 'lies' : 'lie'} ${where} ${bound}, so ${
    one ? 'its row was' : 'their rows were'
  } left out of training.`;
}

/** In words, each declared bound that clipped seed values, e.g. "12 values of age lie above the declared max 90, so their rows were left out of training." */
export function clippedSentences(fields: readonly ClippedField[]): string[] {
  return fields.flatMap((field) => [
    ...(field.below > 0 ? [counted(field.below, field.field, 'below the declared min', field.min)] : []),
    ...(field.above > 0 ? [counted(field.above, field.field, 'above the declared max', field.max)] : []),
  ]);
}
