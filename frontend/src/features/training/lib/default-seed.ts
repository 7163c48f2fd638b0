import type { Seed } from '../api/training-api';

export type SeedDefault =
  | { seedId: string; because: 'source' | 'link' | 'columns' }
  | { seedId: null; because: 'no-match' | 'ambiguous' | 'pending' };

interface SeedDefaultInputs {
  /** The seed the schema was made from, as the API records it (null for a schema made by hand). */
  sourceSeedId: string | null | undefined;
  /** The seed named in the page's address (`?seed=`), when the user came from that seed. */
  linkedSeedId: string | null | undefined;
  seeds: Seed[];
  /** The seeds whose columns are the schema's fields; undefined while they are being compared. */
  matchingSeedIds: string[] | undefined;
}

/**
 * Which seed the train form starts on: the schema's own source, else the one the user came from,
 * else the only seed whose columns are the schema's fields. Otherwise none: training on a seed
 * that does not fit the schema is accepted and then fails, so the user chooses.
 */
export function defaultSeed({ sourceSeedId, linkedSeedId, seeds, matchingSeedIds }: SeedDefaultInputs): SeedDefault {
  const offered = (id: string | null | undefined): id is string => !!id && seeds.some((seed) => seed.id === id);
  if (offered(sourceSeedId)) {
    return { seedId: sourceSeedId, because: 'source' };
  }
  if (offered(linkedSeedId)) {
    return { seedId: linkedSeedId, because: 'link' };
  }
  if (matchingSeedIds === undefined) {
    return { seedId: null, because: 'pending' };
  }
  const only = matchingSeedIds.at(0);
  if (only !== undefined && matchingSeedIds.length === 1) {
    return { seedId: only, because: 'columns' };
  }
  return { seedId: null, because: only === undefined ? 'no-match' : 'ambiguous' };
}

/** Whether a seed's columns are exactly the schema's fields, in any order. */
export function columnsMatch(columns: string[], fieldNames: string[]): boolean {
  const fields = new Set(fieldNames);
  return columns.length === fields.size && columns.every((column) => fields.has(column));
}
