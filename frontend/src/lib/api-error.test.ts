import { describe, expect, it } from 'vitest';

import { ApiError } from './api-error';

function problem(body: object, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status: 429,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

describe('ApiError', () => {
  it('readsTheLimitOfAQuotaProblemAndDropsAMalformedMember', async () => {
    // given a quota problem whose usage is no number
    const response = problem({
      type: 'urn:synthesis:problem:quota-exceeded',
      title: 'Quota exceeded',
      limit: 'storageBytes',
      value: 1024,
      usage: 'a lot',
      resetsAt: null,
    });

    // when it is read
    const error = await ApiError.fromResponse(response);

    // then the rest of the quota is kept
    expect(error.quota).toEqual({ limit: 'storageBytes', value: 1024, usage: undefined, resetsAt: null });
  });

  it('namesNoQuotaForAnotherKindOfProblem', async () => {
    const error = await ApiError.fromResponse(problem({ type: 'urn:synthesis:problem:busy', limit: 'rowsPerDay' }));
    expect(error.quota).toBeUndefined();
  });

  it('readsRetryAfterGivenAsAnHttpDate', async () => {
    // given a Retry-After a minute or so from now, as a date
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();

    // when it is read
    const error = await ApiError.fromResponse(problem({ title: 'Busy' }, { 'Retry-After': inAMinute }));

    // then it is seconds from now (the date has whole seconds only)
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(58);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});
