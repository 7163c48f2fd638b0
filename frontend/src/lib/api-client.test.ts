import { describe, expect, it, vi } from 'vitest';

import { FakeUploadRequest } from '@/testing/fake-upload-request';
import { eventStream, on, stubFetch, TEST_ORIGIN } from '@/testing/fetch-stub';

import { ApiClient, bodyOf } from './api-client';
import { ApiError } from './api-error';
import type { UploadProgress } from './upload-with-progress';
import { patiently } from '@/testing/patiently';

function clientWith(fetchFn: typeof fetch, token = 'token-1') {
  return new ApiClient({ getAccessToken: () => Promise.resolve(token), baseUrl: TEST_ORIGIN, fetch: fetchFn });
}

describe('ApiClient', () => {
  it('sendsTheCurrentAccessTokenAsBearer', async () => {
    // given a signed-in user
    const fetchFn = stubFetch(on('GET', '/api/me', { status: 200, body: { username: 'alice' } }));

    // when the API is called
    const me = await bodyOf(clientWith(fetchFn, 'abc.def').api.GET('/api/me'));

    // then the token travels in the Authorization header
    expect(me.username).toBe('alice');
    const request = fetchFn.mock.calls[0][0] as Request;
    expect(request.headers.get('Authorization')).toBe('Bearer abc.def');
  });

  it('encodesQueryParameters', async () => {
    // given a list endpoint
    const fetchFn = stubFetch(on('GET', '/api/generate', { status: 200, body: { content: [] } }));

    // when it is called with paging parameters
    await clientWith(fetchFn).api.GET('/api/generate', {
      params: { query: { schemaId: 'schema-1', pageable: { page: 2, sort: ['createdAt,desc'] } } },
    });

    // then they are in the URL as Spring reads a Pageable: plain page and sort
    expect((fetchFn.mock.calls[0][0] as Request).url).toBe(
      `${TEST_ORIGIN}/api/generate?schemaId=schema-1&page=2&sort=createdAt%2Cdesc`,
    );
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
      .api.POST('/api/schemas', { body: { name: '', fields: [] } })
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
      .api.GET('/api/me')
      .catch((error: unknown) => error);

    // then the status line becomes the title
    expect(failure).toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });

  it('reportsAnUnreachableServerAsStatusZero', async () => {
    // given the network is down
    const fetchFn = vi.fn(() => Promise.reject(new TypeError('Failed to fetch')));

    // when a request is sent
    const failure = await clientWith(fetchFn)
      .api.GET('/api/me')
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
      .api.GET('/api/me')
      .catch((error: unknown) => error);

    // then the failure is still the one error type
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 200, title: 'The server sent an unreadable answer' });
  });

  it('returnsNothingForNoContent', async () => {
    // given a delete that answers 204
    const fetchFn = stubFetch(on('DELETE', '/api/schemas/1', { status: 204 }));

    // when it is sent, then it resolves without a body
    await expect(
      bodyOf(clientWith(fetchFn).api.DELETE('/api/schemas/{id}', { params: { path: { id: '1' } } })),
    ).resolves.toBeUndefined();
    expect(fetchFn).toHaveBeenCalledOnce();
  });

  it('sendsJsonToAnEndpointTheDocumentDoesNotDescribeYet', async () => {
    // given an endpoint that echoes what it was sent
    const fetchFn = stubFetch(
      on('PUT', '/api/datasets/d1', (request) => ({ status: 200, body: { got: request.headers.get('Content-Type') } })),
    );

    // when a body is sent to it
    const answer = await clientWith(fetchFn, 'abc').send<{ got: string }>('PUT', '/api/datasets/d1', { name: 'x' });

    // then it went as JSON with the token, and the answer is read as JSON
    expect(answer).toEqual({ got: 'application/json' });
    const [url, init] = fetchFn.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`${TEST_ORIGIN}/api/datasets/d1`);
    expect(init.body).toBe('{"name":"x"}');
    expect((init.headers as Record<string, string>).authorization).toBe('Bearer abc');
  });

  it('uploadsAFileWithTheTokenAndReportsEachStepOfItsProgress', async () => {
    // given an upload that the fake network will carry
    const request = new FakeUploadRequest();
    const client = new ApiClient({
      baseUrl: TEST_ORIGIN,
      getAccessToken: () => Promise.resolve('abc.def'),
      fetch: stubFetch(),
      createUploadRequest: () => request.asXhr(),
    });
    const steps: UploadProgress[] = [];
    const file = new File(['age,income\n42,50000\n'], 'customers.csv');

    // when the bytes go out in two steps and the server accepts the file
    const uploaded = client.upload<{ id: string }>('/api/seeds', 'file', file, (step) => steps.push(step));
    await vi.waitFor(() => expect(request.body).toBeDefined(), patiently);
    request.sent(10, 20);
    request.sent(20, 20);
    request.allSent();
    request.answer(201, { id: 'seed-1' });

    // then the file went as part "file" with the bearer token, and progress ran to the server's check
    await expect(uploaded).resolves.toEqual({ id: 'seed-1' });
    expect(request.method).toBe('POST');
    expect(request.url).toBe(`${TEST_ORIGIN}/api/seeds`);
    expect(request.headers.authorization).toBe('Bearer abc.def');
    expect((request.body?.get('file') as File).name).toBe('customers.csv');
    expect(steps).toEqual([
      { stage: 'sending', loaded: 10, total: 20 },
      { stage: 'sending', loaded: 20, total: 20 },
      { stage: 'checking' },
    ]);
  });

  it('turnsARefusedUploadIntoApiError', async () => {
    // given a server that refuses the file with problem details
    const request = new FakeUploadRequest();
    const client = new ApiClient({
      baseUrl: TEST_ORIGIN,
      getAccessToken: () => Promise.resolve('t'),
      createUploadRequest: () => request.asXhr(),
    });
    const uploaded = client.upload('/api/seeds', 'file', new File(['x'], 'x.txt'), vi.fn());
    await vi.waitFor(() => expect(request.body).toBeDefined(), patiently);

    // when it answers 400
    const problem = { title: 'Unreadable seed', status: 400, detail: 'x.txt is not CSV, JSON, JSON Lines or XLSX' };
    request.answer(400, problem, 'application/problem+json');

    // then the failure is the same typed error the JSON client raises
    const failure = await uploaded.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 400, title: 'Unreadable seed', detail: problem.detail });
  });

  it('reportsAnInterruptedUploadAsStatusZero', async () => {
    // given an upload under way
    const request = new FakeUploadRequest();
    const client = new ApiClient({
      baseUrl: TEST_ORIGIN,
      getAccessToken: () => Promise.resolve('t'),
      createUploadRequest: () => request.asXhr(),
    });
    const uploaded = client.upload('/api/seeds', 'file', new File(['x'], 'x.csv'), vi.fn());
    await vi.waitFor(() => expect(request.body).toBeDefined(), patiently);

    // when the network drops it, then it fails as unreachable
    request.fail();
    await expect(uploaded).rejects.toMatchObject({ status: 0 });
  });

  it('downloadsAFileUnderTheNameTheServerGives', async () => {
    // given a finished job's output
    const fetchFn = stubFetch(
      on('GET', '/api/generate/7/download', {
        status: 200,
        text: 'age\n42\n',
        contentType: 'text/csv',
        headers: { 'Content-Disposition': 'attachment; filename="customers-7.csv"' },
      }),
    );

    // when it is downloaded
    const file = await clientWith(fetchFn, 'abc').download('/api/generate/7/download', 'fallback');

    // then the body and the name arrive, and the token was sent
    expect(file.fileName).toBe('customers-7.csv');
    await expect(file.blob.text()).resolves.toBe('age\n42\n');
    expect(new Headers(fetchFn.mock.calls[0][1]?.headers).get('Authorization')).toBe('Bearer abc');
  });

  it('readsEachServerSentEventUntilTheStreamEnds', async () => {
    // given a stream of two events
    const fetchFn = stubFetch(on('GET', '/api/jobs/7/events', eventStream({ n: 1 }, { n: 2 })));
    const received: string[] = [];

    // when it is read
    await clientWith(fetchFn, 'abc').streamEvents('/api/jobs/7/events', (data) => received.push(data), signal());

    // then each event's data arrives in order, asked for as an event stream with the token
    expect(received).toEqual(['{"n":1}', '{"n":2}']);
    const headers = new Headers(fetchFn.mock.calls[0][1]?.headers);
    expect(headers.get('Accept')).toBe('text/event-stream');
    expect(headers.get('Authorization')).toBe('Bearer abc');
  });

  it('turnsARefusedEventStreamIntoApiError', async () => {
    // given another tenant's job
    const problem = { title: 'Generation job not found', status: 404 };
    const fetchFn = stubFetch(
      on('GET', '/api/jobs/7/events', { status: 404, body: problem, contentType: 'application/problem+json' }),
    );

    // when its stream is opened, then it fails at once with the problem
    await expect(clientWith(fetchFn).streamEvents('/api/jobs/7/events', vi.fn(), signal())).rejects.toMatchObject({
      status: 404,
      title: 'Generation job not found',
    });
    expect(fetchFn).toHaveBeenCalledOnce();
  });
});

function signal(): AbortSignal {
  return new AbortController().signal;
}
