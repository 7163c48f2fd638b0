import { vi } from 'vitest';

/** A canned answer for one request. */
export interface StubResponse {
  status: number;
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
}

/** Where relative request paths are resolved in tests. */
export const TEST_ORIGIN = 'http://synthesis.test';

export function requestUrl(input: RequestInfo | URL): string {
  if (typeof input === 'string') {
    return input;
  }
  return input instanceof URL ? input.href : input.url;
}

type Route = (request: Request) => StubResponse | undefined;

function toResponse(stub: StubResponse): Response {
  const headers = new Headers(stub.headers);
  if (stub.body !== undefined) {
    headers.set('Content-Type', stub.contentType ?? 'application/json');
  }
  const body = stub.body === undefined ? null : JSON.stringify(stub.body);
  return new Response(body, { status: stub.status, headers });
}

/** A fetch that answers from routes tried in order and fails loudly on any request none answers. */
export function stubFetch(...routes: Route[]) {
  return vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(requestUrl(input), TEST_ORIGIN), init);
    for (const route of routes) {
      const answer = route(request);
      if (answer) {
        return Promise.resolve(toResponse(answer));
      }
    }
    return Promise.reject(new Error(`Unexpected request ${request.method} ${request.url}`));
  });
}

export function on(method: string, path: string, answer: StubResponse | ((request: Request) => StubResponse)): Route {
  return (request) => {
    const url = new URL(request.url);
    if (request.method !== method || url.pathname !== path) {
      return undefined;
    }
    return typeof answer === 'function' ? answer(request) : answer;
  };
}
