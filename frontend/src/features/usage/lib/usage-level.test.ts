import { describe, expect, it } from 'vitest';

import { aUsageItem } from '@/testing/platform-fixtures';

import { isMetered, levelOf, percentUsed } from './usage-level';

describe('usage level', () => {
  it('countsALimitOfZeroAsFull', () => {
    expect(percentUsed({ ...aUsageItem({ value: 0 }), used: 0 })).toBe(100);
  });

  it('neverDrawsMoreThanAFullBar', () => {
    expect(percentUsed({ ...aUsageItem({ value: 10 }), used: 25 })).toBe(100);
  });

  it('namesHowCloseTheLimitIs', () => {
    expect(levelOf(79.9).words).toBeNull();
    expect(levelOf(80).words).toBe('Near the limit');
    expect(levelOf(100).words).toBe('Limit reached');
  });

  it('drawsNoBarForARateOrAnUncountedCap', () => {
    expect(isMetered(aUsageItem({ unit: 'requests-per-minute', used: 12 }))).toBe(false);
    expect(isMetered(aUsageItem({ used: null }))).toBe(false);
    expect(isMetered(aUsageItem())).toBe(true);
  });
});
