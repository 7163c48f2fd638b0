import { describe, expect, it } from 'vitest';

import { formatPrivacyAmount, utilityNear } from './dp-utility';

describe('utilityNear', () => {
  it('picks the measured epsilon nearest on a log scale', () => {
    expect(utilityNear(0.2).epsilon).toBe(0.1);
    expect(utilityNear(3).epsilon).toBe(1);
    expect(utilityNear(4).epsilon).toBe(10);
    expect(utilityNear(50).epsilon).toBe(10);
  });

  it('gives the figures without differential privacy when it is off', () => {
    expect(utilityNear(null).epsilon).toBeNull();
  });
});

describe('formatPrivacyAmount', () => {
  it('writes amounts as plain decimals', () => {
    expect(formatPrivacyAmount(1)).toBe('1');
    expect(formatPrivacyAmount(0.5)).toBe('0.5');
    expect(formatPrivacyAmount(1e-5)).toBe('0.00001');
    expect(formatPrivacyAmount(9e-6)).toBe('0.000009');
  });
});
