import { describe, expect, it, vi } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';

import { ApiClient } from './api-client';
import { ApiError } from './api-error';

function clientWith(fetchFn: typeof fetch, token = 'token-1') {
  return new ApiClient({ getAccessToken: () => Promise.resolve(token), fetch: fetchFn });
}

describe('ApiClient', () => {
  it('sendsTheCurrentAccessTokenAsBearer', async () => {
    // given a signed-in user
    const fetchFn = stubFetch(on('GET', '/api/me', { status: 200, body: { username: 'alice' } }));

    // when the API is called
    const me = await clientWith(fetchFn, 'abc.def').get<{ username: string }>('/api/me');

    // then the token travels in the Authorization header
    expect(me.username).toBe('alice');
    const init = fetchFn.mock.calls[0][1];
    expect(new Headers(init?.headers).get('Authorization')).toBe('Bearer abc.def');
  });

  it('encodesQueryParameters', async () => {
    // given a list endpoint
    const fetchFn = stubFetch(on('GET', '/api/schemas', { status: 200, body: [] }));

    // when it is called with paging parameters
    await clientWith(fetchFn).get('/api/schemas', { query: { page: 2, sort: 'updatedAt,desc', skipped: undefined } });

    // then they are in the URL and undefined ones are left out
    expect(fetchFn.mock.calls[0][0]).toBe('/api/schemas?page=2&sort=updatedAt%2Cdesc');
  });

  it('turnsProblemDetailsIntoApiError', async () => {
    // given the server rejects a request with RFC 9457 problem details
    const problem = {
      type: 'https://synthesis.dev/problems/validation',
      title: 'Invalid schema',
      status: 400,
      detail: 'One field is invalid.',
      errors: [{ path: 'fields[0].name', message: 'must not be blank' }, { path: 42 }],
    };
    const fetchFn = stubFetch(
      on('POST', '/api/schemas', { status: 400, body: problem, contentType: 'application/problem+json' }),
    );

    // when the request is sent
    const failure = await clientWith(fetchFn)
      .post('/api/schemas', {})
      .catch((error: unknown) => error);

    // then one typed error carries every member, and malformed field errors are dropped
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({
      type: problem.type,
      title: 'Invalid schema',
      status: 400,
      detail: 'One field is invalid.',
      errors: [{ path: 'fields[0].name', message: 'must not be blank' }],
    });
  });

  it('reportsAStatusWithoutProblemBodyByItsStatusLine', async () => {
    // given a proxy answering 502 with an HTML page
    const fetchFn = vi.fn(() =>
      Promise.resolve(
        new Response('<html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }),
      ),
    );

    // when a request fails that way
    const failure = await clientWith(fetchFn)
      .get('/api/schemas')
      .catch((error: unknown) => error);

    // then the status line becomes the title
    expect(failure).toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });

  it('reportsAnUnreachableServerAsStatusZero', async () => {
    // given the network is down
    const fetchFn = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));

    // when a request is sent
    const failure = await clientWith(fetchFn)
      .get('/api/schemas')
      .catch((error: unknown) => error);

    // then it is still an ApiError
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 0, detail: 'Failed to fetch' });
  });

  it('reportsASuccessfulAnswerThatIsNoJsonAsApiError', async () => {
    // given a proxy that answers 200 with an HTML page
    const fetchFn = vi.fn(() => Promise.resolve(new Response('<html>', { status: 200 })));

    // when the API is called
    const failure = await clientWith(fetchFn)
      .get('/api/schemas')
      .catch((error: unknown) => error);

    // then the failure is still the one error type
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 200, title: 'The server sent an unreadable answer' });
  });

  it('returnsNothingForNoContent', async () => {
    // given a delete that answers 204
    const fetchFn = stubFetch(on('DELETE', '/api/schemas/1', { status: 204 }));

    // when it is sent, then it resolves without a body
    await expect(clientWith(fetchFn).delete('/api/schemas/1')).resolves.toBeUndefined();
    expect(fetchFn).toHaveBeenCalledOnce();
  });
});
