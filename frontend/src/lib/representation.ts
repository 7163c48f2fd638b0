/** How a field's values are written in files; anything absent takes the default (true/false, shortest number, empty). */
export interface Representation {
  trueText?: string;
  falseText?: string;
  decimals?: number;
  trailingZeros?: boolean;
  missing?: string;
}

/** "yes / no", "2 decimals", "missing as NA": only what differs from the defaults, for tables and summaries. */
export function describeRepresentation(type: string, written: Representation | undefined): string {
  if (!written) {
    return '';
  }
  const parts: string[] = [];
  if (type === 'boolean' && (written.trueText || written.falseText)) {
    parts.push(`${written.trueText ?? 'true'} / ${written.falseText ?? 'false'}`);
  }
  if (type === 'number' && written.decimals !== undefined) {
    const trimmed = written.trailingZeros ? '' : ' at most';
    parts.push(`${trimmed} ${written.decimals} decimals`.trim());
  }
  if (written.missing) {
    parts.push(`missing as ${written.missing}`);
  }
  return parts.join(', ');
}
