import { useState } from 'react';

import type { JobProgress } from '@/lib/follow-job-events';

/** How many speed samples a sparkline keeps: about the last minute of events. */
export const MAX_RATE_SAMPLES = 60;

export interface RateSamples {
  /** What the last sample was taken from; a progress that says the same adds nothing. */
  key: string;
  rates: number[];
}

export const NO_SAMPLES: RateSamples = { key: '', rates: [] };

/**
 * The samples with this progress's speed added, when it is news: a running job's event with rows
 * or speed not seen in the last one. A finished job's last event (speed 0) is no sample of its speed.
 */
export function withSample(
  samples: RateSamples,
  progress: JobProgress | undefined,
  max = MAX_RATE_SAMPLES,
): RateSamples {
  if (progress === undefined || progress.finished) {
    return samples;
  }
  const key = `${progress.phase}:${progress.rowsDone}:${progress.rowsPerSecond}`;
  if (key === samples.key) {
    return samples;
  }
  return { key, rates: [...samples.rates, progress.rowsPerSecond].slice(-max) };
}

/** The rows/s a job reported, in the order observed on this page, for a sparkline. */
export function useRateSamples(progress: JobProgress | undefined): number[] {
  const [samples, setSamples] = useState<RateSamples>(NO_SAMPLES);
  const next = withSample(samples, progress);
  if (next !== samples) {
    // adjusting state while rendering, as React documents it for values derived from a changing prop
    setSamples(next);
  }
  return next.rates;
}
