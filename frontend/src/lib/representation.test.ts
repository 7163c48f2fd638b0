import { describe, expect, it } from 'vitest';

import { describeRepresentation } from './representation';

describe('describeRepresentation', () => {
  it('names the spellings, decimals and missing marker a seed uses', () => {
    expect(describeRepresentation('boolean', { trueText: 'yes', falseText: 'no', missing: 'NA' })).toBe(
      'yes / no, missing as NA',
    );
    expect(describeRepresentation('number', { decimals: 2, trailingZeros: true })).toBe('2 decimals');
    expect(describeRepresentation('number', { decimals: 4, trailingZeros: false })).toBe('at most 4 decimals');
  });

  it('says nothing for the defaults', () => {
    expect(describeRepresentation('string', {})).toBe('');
    expect(describeRepresentation('integer', undefined)).toBe('');
  });
});
