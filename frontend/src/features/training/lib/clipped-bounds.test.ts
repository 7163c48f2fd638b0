import { describe, expect, it } from 'vitest';

import { clippedSentences } from './clipped-bounds';

describe('clippedSentences', () => {
  it('saysHowManyValuesEachDeclaredBoundClipped', () => {
    expect(
      clippedSentences([
        { field: 'age', below: 0, above: 12, min: '18', max: '90' },
        { field: 'visit', below: 1, above: 0, min: '2020-01-01', max: null },
      ]),
    ).toEqual([
      '12 values of age lie above the declared max 90, so their rows were left out of training.',
      '1 value of visit lies below the declared min 2020-01-01, so its row was left out of training.',
    ]);
  });
});
