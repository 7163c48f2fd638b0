import { describe, expect, it } from 'vitest';

import { aJobProgress } from '@/testing/generation-fixtures';

import { NO_SAMPLES, withSample } from './use-rate-samples';

describe('withSample', () => {
  it('addsEachNewSpeedInTheOrderObserved', () => {
    // given three events of a running job
    const events = [
      aJobProgress({ rowsDone: 1_000, rowsPerSecond: 900 }),
      aJobProgress({ rowsDone: 3_000, rowsPerSecond: 1_800 }),
      aJobProgress({ rowsDone: 6_000, rowsPerSecond: 2_700 }),
    ];

    // when each is sampled
    const samples = events.reduce((kept, event) => withSample(kept, event), NO_SAMPLES);

    // then the sparkline has their speeds in order
    expect(samples.rates).toEqual([900, 1_800, 2_700]);
  });

  it('ignoresARepeatedEventAndTheLastOneOfAFinishedJob', () => {
    // given an event seen twice (a re-render, a reopened stream), then the job's end
    const event = aJobProgress({ rowsDone: 1_000, rowsPerSecond: 900 });
    const end = aJobProgress({ rowsDone: 20_000, rowsPerSecond: 0, phase: 'completed', finished: true });

    // when they are sampled
    const samples = [event, event, end, undefined].reduce((kept, next) => withSample(kept, next), NO_SAMPLES);

    // then only one sample was taken: the end's speed of 0 is no measurement
    expect(samples.rates).toEqual([900]);
  });

  it('keepsOnlyTheNewestSamples', () => {
    // given more events than the sparkline keeps
    const events = Array.from({ length: 5 }, (_, index) => aJobProgress({ rowsDone: index, rowsPerSecond: index }));

    // when each is sampled with room for three
    const samples = events.reduce((kept, event) => withSample(kept, event, 3), NO_SAMPLES);

    // then the oldest fell off
    expect(samples.rates).toEqual([2, 3, 4]);
  });
});
