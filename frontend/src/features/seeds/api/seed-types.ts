import type { Representation } from '@/lib/representation';

/** An uploaded seed file. */
export interface Seed {
  id: string;
  fileName: string;
  format: string;
  sizeBytes: number;
  rowCount: number;
  columnCount: number;
  createdAt: string;
  createdBy: string;
}

/** What profiling saw in one column (the fields the pages show). */
export interface FieldProfile {
  name: string;
  type: string;
  format: string | null;
  semanticKind: string | null;
  model: string;
  nullRate: number;
  distinctCount: number;
  representation: Representation;
}

export interface SeedProfile {
  seed: Seed;
  fields: FieldProfile[];
  columns: string[];
  /** The first rows as read: text, null where a value is missing. */
  preview: (string | null)[][];
}

/** Optional changes to the detected schema before it is saved; the file's name by default. */
export interface SchemaFromSeedRequest {
  name?: string;
  description?: string;
  domain?: string;
}

export interface SchemaFromSeed {
  id: string;
  version: number;
}

/** The caller's tenant's limits (`GET /api/quotas`); the seeds page needs only the upload limit. */
export interface SeedQuota {
  maxSeedBytes: number;
}
