import { describe, expect, it } from 'vitest';

import { aSeed } from '@/testing/seed-fixtures';

import { columnsMatch, defaultSeed } from './default-seed';

const seeds = [aSeed({ id: 'a' }), aSeed({ id: 'b' })];

describe('defaultSeed', () => {
  it('ignoresASeedThatIsNoLongerOffered', () => {
    // given a source seed that was deleted and a link to a seed that exists
    const choice = defaultSeed({ sourceSeedId: 'gone', linkedSeedId: 'b', seeds, matchingSeedIds: [] });

    // then the linked seed is chosen
    expect(choice).toEqual({ seedId: 'b', because: 'link' });
  });

  it('choosesNoneWhileTheColumnsAreStillBeingCompared', () => {
    // given no named seed and a comparison under way, then nothing is chosen yet
    expect(defaultSeed({ sourceSeedId: null, linkedSeedId: undefined, seeds, matchingSeedIds: undefined })).toEqual({
      seedId: null,
      because: 'pending',
    });
  });

  it('choosesNoneWhenSeveralSeedsFit', () => {
    // given two seeds whose columns both fit, then the user chooses
    expect(defaultSeed({ sourceSeedId: null, linkedSeedId: null, seeds, matchingSeedIds: ['a', 'b'] })).toEqual({
      seedId: null,
      because: 'ambiguous',
    });
  });
});

describe('columnsMatch', () => {
  it('matchesTheSameNamesInAnyOrderButNotASubset', () => {
    // given a schema with fields age and city
    const fields = ['age', 'city'];

    // then the same columns in another order match, one column more or less does not
    expect(columnsMatch(['city', 'age'], fields)).toBe(true);
    expect(columnsMatch(['age'], fields)).toBe(false);
    expect(columnsMatch(['age', 'city', 'zip'], fields)).toBe(false);
  });
});
