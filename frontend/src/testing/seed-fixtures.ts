// Test data may know a feature's types; features never import from here.
import type { FieldProfile, Seed, SeedProfile } from '@/features/seeds/api/seeds-api';
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

/** A column as profiling describes it: a string column of four rows unless told otherwise. */
export function aFieldProfile(overrides: Partial<FieldProfile> = {}): FieldProfile {
  return {
    name: 'city',
    type: 'string',
    format: null,
    semanticKind: null,
    model: 'categorical',
    count: 4,
    nullCount: 0,
    nullRate: 0,
    distinctCount: 2,
    min: null,
    max: null,
    mean: null,
    standardDeviation: null,
    minLength: 5,
    maxLength: 6,
    topValues: [
      { value: 'Berlin', count: 3 },
      { value: 'Paris', count: 1 },
    ],
    representation: {},
    ...overrides,
  };
}

export function aSeedProfile(seed: Seed = aSeed()): SeedProfile {
  return {
    seed,
    schema: {
      name: 'customers',
      fields: [
        { name: 'age', type: 'integer', constraints: { required: true, unique: false, min: 37, max: 42 } },
        { name: 'email', type: 'string', semanticKind: 'email', constraints: { required: false, unique: true } },
      ],
    },
    fields: [
      aFieldProfile({
        name: 'age',
        type: 'integer',
        model: 'numeric',
        count: 2,
        distinctCount: 2,
        min: '37',
        max: '42',
        mean: 39.5,
        standardDeviation: 2.5,
        minLength: 2,
        maxLength: 2,
        topValues: [
          { value: '42', count: 1 },
          { value: '37', count: 1 },
        ],
      }),
      aFieldProfile({
        name: 'email',
        semanticKind: 'email',
        model: 'fake',
        count: 2,
        nullCount: 1,
        nullRate: 0.5,
        distinctCount: 1,
        minLength: 15,
        maxLength: 15,
        topValues: [],
        representation: { missing: 'NA' },
      }),
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
