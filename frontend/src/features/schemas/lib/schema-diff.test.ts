import { describe, expect, it } from 'vitest';

import type { SchemaDefinition } from '../api/schema-types';
import { diffSchemas, isEmptyDiff } from './schema-diff';

const version1: SchemaDefinition = {
  name: 'Patients',
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, unique: true } },
    { name: 'age', type: 'integer', constraints: { required: false, unique: false, min: 0, max: 120 } },
    { name: 'ward', type: 'string', constraints: { required: false, unique: false } },
  ],
  targetVolume: { recordsPerDay: 1000, days: 30 },
  privacySettings: { differentialPrivacy: false, syntheticRatio: 100 },
};

describe('diffSchemas', () => {
  it('namesEachAddedRemovedAndChangedProperty', () => {
    // given version 2 raises age's max, drops ward, adds an enum field and turns on differential privacy
    const version2: SchemaDefinition = {
      ...version1,
      fields: [
        version1.fields?.[0] ?? {},
        { name: 'age', type: 'integer', constraints: { required: false, unique: false, min: 0, max: 130 } },
        { name: 'sex', type: 'string', constraints: { required: true, unique: false, enum: ['F', 'M'] } },
      ],
      privacySettings: { differentialPrivacy: true, epsilon: 1, syntheticRatio: 100 },
    };

    // when the two are compared
    const diff = diffSchemas(version1, version2);

    // then each difference is named with its before and after
    expect(diff.schema).toEqual([
      { property: 'Differential privacy', before: 'no', after: 'yes' },
      { property: 'Epsilon', before: '', after: '1' },
    ]);
    expect(diff.fields).toEqual([
      { field: 'age', kind: 'changed', changes: [{ property: 'Max', before: '120', after: '130' }] },
      {
        field: 'sex',
        kind: 'added',
        changes: expect.arrayContaining([{ property: 'Allowed values', before: '', after: 'F, M' }]) as unknown,
      },
      { field: 'ward', kind: 'removed', changes: expect.any(Array) as unknown },
    ]);
  });

  it('reportsAReorderOnceAndNothingForEqualVersions', () => {
    // given the same fields in another order
    const reordered = { ...version1, fields: [...(version1.fields ?? [])].reverse() };

    // then only the order is reported, and a version equals itself
    expect(diffSchemas(version1, reordered)).toEqual({
      schema: [{ property: 'Field order', before: 'id, age, ward', after: 'ward, age, id' }],
      fields: [],
    });
    expect(isEmptyDiff(diffSchemas(version1, version1))).toBe(true);
  });
});
