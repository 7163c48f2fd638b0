import { describe, expect, it } from 'vitest';

import type { SeedPrivacyBudget } from '@/lib/seed-privacy-budget';
import { aSchema } from '@/testing/schema-fixtures';

import { charge, dpChoiceOf, fitsBudget, requestedPrivacy } from './dp-choice';

const dpSchema = aSchema({ privacySettings: { differentialPrivacy: true, epsilon: 2, syntheticRatio: 100 } });

describe('dp choice', () => {
  it('startsFromTheSchemasOwnSettings', () => {
    expect(dpChoiceOf(dpSchema)).toEqual({ on: true, epsilon: '2', delta: '' });
    expect(dpChoiceOf(aSchema({})).on).toBe(false);
  });

  it('chargesTheAskedEpsilonAndTheDefaultDelta', () => {
    expect(charge({ on: true, epsilon: '0.5', delta: '' }, 'standard', aSchema({}))).toEqual({
      epsilon: 0.5,
      delta: 1e-6,
    });
    expect(charge({ on: false, epsilon: '0.5', delta: '' }, 'high', aSchema({}))).toBeNull();
  });

  it('chargesAtMostOneWithTheMaximumPreset', () => {
    expect(charge({ on: false, epsilon: '5', delta: '' }, 'maximum', aSchema({}))).toEqual({ epsilon: 1, delta: 1e-6 });
    expect(charge({ on: true, epsilon: '0.3', delta: '2e-6' }, 'maximum', aSchema({}))).toEqual({
      epsilon: 0.3,
      delta: 2e-6,
    });
  });

  it('sendsEpsilonAndDeltaOnlyWithDifferentialPrivacyOn', () => {
    expect(requestedPrivacy({ on: true, epsilon: '1.5', delta: '' })).toEqual({ epsilon: 1.5 });
    expect(requestedPrivacy({ on: true, epsilon: '1.5', delta: '0.000002' })).toEqual({ epsilon: 1.5, delta: 2e-6 });
    expect(requestedPrivacy({ on: false, epsilon: '1.5', delta: '' })).toEqual({});
  });

  it('warnsWhenTheChargeExceedsWhatIsLeft', () => {
    const budget = { remainingEpsilon: 0.5, remainingDelta: 1e-5 } as SeedPrivacyBudget;
    expect(fitsBudget({ epsilon: 0.5, delta: 1e-6 }, budget)).toBe(true);
    expect(fitsBudget({ epsilon: 0.6, delta: 1e-6 }, budget)).toBe(false);
  });
});
