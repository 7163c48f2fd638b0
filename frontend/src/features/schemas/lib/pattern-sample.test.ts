import { describe, expect, it } from 'vitest';

import { samplePattern } from './pattern-sample';

function matchesWhole(pattern: string, value: string | undefined): boolean {
  return value !== undefined && new RegExp(`^(?:${pattern})$`).test(value);
}

describe('samplePattern', () => {
  it.each([
    '[A-Z]{2}-\\d{4}',
    '^PAT-[0-9]{6}$',
    '(?:ICU|ER|WARD)-[a-z]+',
    '\\w+@example\\.(com|org)',
    '[^0-9]{3}\\s?x*',
    'A(B|C)?D{1,3}',
  ])('givesAValueThatMatches %s', (pattern) => {
    // given a pattern of the constructs field patterns use, and several seeds
    for (const seed of [1, 2, 3, 4, 5]) {
      // when a sample is drawn, then the whole sample matches the pattern
      expect(matchesWhole(pattern, samplePattern(pattern, seed))).toBe(true);
    }
  });

  it('drawsEachRepetitionAfresh', () => {
    // given a class repeated many times
    const sample = samplePattern('[A-Z]{40}', 7);

    // then the letters differ (one letter repeated forty times would be a poor sample)
    expect(new Set(sample).size).toBeGreaterThan(5);
  });

  it.each(['(?=a)b', '(a)\\1', '[a-z', 'a{', '*a', '\\p{Alpha}'])('givesNoSampleFor %s', (pattern) => {
    // given a pattern with a construct it does not sample, or broken
    // then there is no sample rather than a wrong one
    expect(samplePattern(pattern)).toBeUndefined();
  });
});
