import { describe, expect, it, vi } from 'vitest';

import { eventStream, on, stubFetch, type StubResponse } from '@/testing/fetch-stub';
import { aJobProgress } from '@/testing/generation-fixtures';

import { ApiClient } from './api-client';
import { followJobEvents, type JobProgress } from './follow-job-events';

const EVENTS = '/api/jobs/job-1/events';
const NO_WAIT = { reconnects: 2, delayMillis: 0 };

/** Answers each connection with the next response, the last one for any further connections. */
function connections(...answers: StubResponse[]) {
  let next = 0;
  return stubFetch(on('GET', EVENTS, () => answers[Math.min(next++, answers.length - 1)]));
}

function follow(fetchFn: typeof fetch, signal = new AbortController().signal) {
  const received: JobProgress[] = [];
  const client = new ApiClient({ getAccessToken: () => Promise.resolve('t'), fetch: fetchFn });
  const done = followJobEvents(client, 'job-1', (progress) => received.push(progress), signal, NO_WAIT);
  return { received, done };
}

const unavailable: StubResponse = { status: 503, body: { title: 'Service Unavailable', status: 503 } };

describe('followJobEvents', () => {
  it('deliversEveryEventAndStopsAtTheLastOne', async () => {
    // given a stream from snapshot to completion
    const fetchFn = connections(
      eventStream(
        aJobProgress({ phase: 'generating', rowsDone: 0 }),
        aJobProgress({ phase: 'generating', rowsDone: 10_000 }),
        aJobProgress({ phase: 'completed', rowsDone: 20_000, qualityScore: 0.915, privacyScore: 0.88, finished: true }),
      ),
    );

    // when the job is followed
    const { received, done } = follow(fetchFn);
    await done;

    // then every event arrived in order and no second connection was opened
    expect(received.map((progress) => [progress.phase, progress.rowsDone])).toEqual([
      ['generating', 0],
      ['generating', 10_000],
      ['completed', 20_000],
    ]);
    expect(fetchFn).toHaveBeenCalledOnce();
  });

  it('reconnectsWhenTheStreamEndsBeforeTheJob', async () => {
    // given a stream that closes midway, then one that runs to the end
    const fetchFn = connections(
      eventStream(aJobProgress({ rowsDone: 5_000 })),
      eventStream(aJobProgress({ phase: 'completed', rowsDone: 20_000, finished: true })),
    );

    // when the job is followed
    const { received, done } = follow(fetchFn);
    await done;

    // then it reconnected once and saw the end
    expect(fetchFn).toHaveBeenCalledTimes(2);
    expect(received.at(-1)?.finished).toBe(true);
  });

  it('givesUpAfterTheAllowedReconnectsSoTheCallerCanPoll', async () => {
    // given an event stream that always fails (e.g. a proxy in the way)
    const fetchFn = connections(unavailable);

    // when the job is followed, then it fails after the first try and two reconnects
    const { done } = follow(fetchFn);
    await expect(done).rejects.toMatchObject({ status: 503 });
    expect(fetchFn).toHaveBeenCalledTimes(3);
  });

  it('neverRetriesARefusal', async () => {
    // given a job the caller may not see
    const fetchFn = connections({ status: 404, body: { title: 'Generation job not found', status: 404 } });

    // when it is followed, then it fails at once
    const { done } = follow(fetchFn);
    await expect(done).rejects.toMatchObject({ status: 404 });
    expect(fetchFn).toHaveBeenCalledOnce();
  });

  it('stopsQuietlyWhenTheCallerStopsListening', async () => {
    // given a stream that keeps failing and a caller that leaves the page
    const leaving = new AbortController();
    const fetchFn = vi.fn(() => {
      leaving.abort();
      return Promise.resolve(new Response(null, { status: 503 }));
    });

    // when the job is followed, then it resolves without retrying
    const { done } = follow(fetchFn, leaving.signal);
    await expect(done).resolves.toBeUndefined();
    expect(fetchFn).toHaveBeenCalledOnce();
  });
});
