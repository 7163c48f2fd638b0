import { formatBytes, formatCount, formatTimestamp } from '@/lib/format';

import type { Seed } from '../api/seeds-api';

/** The file's name without its extension: the name a schema made from it is offered. */
export function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** "CSV · 5,000 rows · 6 columns · 120.0 KiB · uploaded … by alice" */
export function describeSeed(seed: Seed): string {
  return [
    seed.format.toUpperCase(),
    `${formatCount(seed.rowCount)} rows`,
    `${formatCount(seed.columnCount)} columns`,
    formatBytes(seed.sizeBytes),
    `uploaded ${formatTimestamp(seed.createdAt)} by ${seed.createdBy}`,
  ].join(' · ');
}
