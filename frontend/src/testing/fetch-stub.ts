import { vi } from 'vitest';

/** A canned answer for one request. */
export interface StubResponse {
  status: number;
  body?: unknown;
  /** Sent as is instead of `body` as JSON, e.g. an event stream. */
  text?: string;
  /** Leaves the body open after the text, as a stream whose job has not ended yet. */
  keepOpen?: boolean;
  contentType?: string;
  headers?: Record<string, string>;
}

/** Where relative request paths are resolved in tests. */
export const TEST_ORIGIN = 'http://synthesis.test';

/** The address a request went to, relative when it went to the test origin (as the app's own calls do). */
export function requestUrl(input: RequestInfo | URL): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  return url.startsWith(TEST_ORIGIN) ? url.slice(TEST_ORIGIN.length) : url;
}

type Route = (request: Request) => StubResponse | undefined;

function toResponse(stub: StubResponse): Response {
  const headers = new Headers(stub.headers);
  const body = stub.text ?? (stub.body === undefined ? null : JSON.stringify(stub.body));
  if (body !== null) {
    headers.set('Content-Type', stub.contentType ?? 'application/json');
  }
  return new Response(stub.keepOpen ? openBody(body ?? '') : body, { status: stub.status, headers });
}

function openBody(text: string): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(text));
    },
  });
}

/** A Server-Sent Events body carrying each object as one unnamed event, as Spring's SseEmitter sends them. */
export function eventStream(...events: unknown[]): StubResponse {
  return {
    status: 200,
    text: events.map((event) => `data:${JSON.stringify(event)}\n\n`).join(''),
    contentType: 'text/event-stream',
  };
}

/** A fetch that answers from routes tried in order and fails loudly on any request none answers. */
export function stubFetch(...routes: Route[]) {
  return vi.fn((input: RequestInfo | URL, init?: RequestInit) => {
    // the typed client hands in a whole Request; the others a URL and options
    const request = input instanceof Request ? input : new Request(new URL(requestUrl(input), TEST_ORIGIN), init);
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
