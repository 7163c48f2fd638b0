import { MutationObserver } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';

import { ApiError } from './api-error';
import { createQueryClient } from './query-client';

function failingWith(status: number) {
  return () => Promise.reject(new ApiError({ title: 'failed', status }));
}

describe('createQueryClient', () => {
  it('asksForANewLoginWhenTheApiRejectsTheToken', async () => {
    // given a client whose query fails with 401
    const onUnauthorized = vi.fn();
    const client = createQueryClient(onUnauthorized);

    // when the query runs
    await client.query({ queryKey: ['me'], queryFn: failingWith(401) }).catch(() => undefined);

    // then the app is told to sign in again, without retrying
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('leavesOtherClientErrorsToTheComponents', async () => {
    // given a client whose mutation fails with 400
    const onUnauthorized = vi.fn();
    const client = createQueryClient(onUnauthorized);

    // when the mutation runs
    const mutation = new MutationObserver(client, { mutationFn: failingWith(400) });
    await mutation.mutate().catch(() => undefined);

    // then no new login is asked for
    expect(onUnauthorized).not.toHaveBeenCalled();
  });
});
