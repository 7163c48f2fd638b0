// Test data may know a feature's types; features never import from here.
import type { Seed, SeedProfile } from '@/features/seeds/api/seed-types';
import type { Page } from '@/lib/page';

export function aSeed(overrides: Partial<Seed> = {}): Seed {
  return {
    id: 'seed-1',
    fileName: 'customers.csv',
    format: 'csv',
    sizeBytes: 2048,
    rowCount: 2,
    columnCount: 2,
    createdAt: '2026-11-25T10:00:00Z',
    createdBy: 'alice',
    ...overrides,
  };
}

export function aSeedProfile(seed: Seed = aSeed()): SeedProfile {
  return {
    seed,
    fields: [
      {
        name: 'age',
        type: 'integer',
        format: null,
        semanticKind: null,
        model: 'numeric',
        nullRate: 0,
        distinctCount: 2,
        representation: {},
      },
      {
        name: 'email',
        type: 'string',
        format: null,
        semanticKind: 'email',
        model: 'fake',
        nullRate: 0.5,
        distinctCount: 1,
        representation: { missing: 'NA' },
      },
    ],
    columns: ['age', 'email'],
    preview: [
      ['42', 'ann@example.com'],
      ['37', null],
    ],
  };
}

export function aSeedPage(content: Seed[]): Page<Seed> {
  return { content, page: { number: 0, size: 20, totalElements: content.length, totalPages: 1 } };
}
