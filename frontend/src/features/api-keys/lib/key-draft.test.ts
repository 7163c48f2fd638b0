import { describe, expect, it } from 'vitest';

import { expiryOf, today, toRequest } from './key-draft';

describe('key draft', () => {
  it('letsAKeyWorkThroughTheWholeDayItExpiresOn', () => {
    // given the last day chosen in the date input
    const expiry = expiryOf('2027-03-31');

    // then the key expires at the next midnight where the user is
    expect(expiry).toBe(new Date(2027, 3, 1).toISOString());
  });

  it('sendsNoExpiryForAnEmptyDate', () => {
    expect(toRequest({ name: '  ci  ', scopes: ['read'], expiresOn: '' })).toEqual({
      name: 'ci',
      scopes: ['read'],
      expiresAt: null,
    });
  });

  it('writesTodayAsTheDateInputDoes', () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
