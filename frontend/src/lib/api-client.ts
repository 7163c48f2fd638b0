import { ApiError } from './api-error';

type QueryValue = string | number | boolean | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  headers?: Record<string, string>;
  body?: unknown;
}

export interface ApiClientOptions {
  /** Resolved per request so that a silently renewed token is used at once. */
  getAccessToken: () => Promise<string | undefined>;
  baseUrl?: string;
  fetch?: typeof fetch;
}

/** The one place that talks HTTP to the Synthesis API; every failure becomes an {@link ApiError}. */
export class ApiClient {
  private readonly getAccessToken: () => Promise<string | undefined>;
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;

  constructor(options: ApiClientOptions) {
    this.getAccessToken = options.getAccessToken;
    this.baseUrl = options.baseUrl ?? '';
    // Bound so that a browser's fetch is not called with the client as `this`.
    this.fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  // The server's answers are trusted to match the declared types; they are not validated here.
  async get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    return (await this.send('GET', path, options)) as T;
  }

  async post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return (await this.send('POST', path, { ...options, body })) as T;
  }

  async delete(path: string, options: RequestOptions = {}): Promise<void> {
    await this.send('DELETE', path, options);
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<unknown> {
    const init: RequestInit = { method, headers: await this.headersFor(options) };
    if (options.body !== undefined) {
      init.body = JSON.stringify(options.body);
    }
    let response: Response;
    try {
      response = await this.fetchFn(this.urlFor(path, options.query), init);
    } catch (cause) {
      throw ApiError.fromNetworkFailure(cause);
    }
    if (!response.ok) {
      throw await ApiError.fromResponse(response);
    }
    return readBody(response);
  }

  private async headersFor(options: RequestOptions): Promise<Headers> {
    const headers = new Headers(options.headers);
    headers.set('Accept', 'application/json, application/problem+json');
    if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json');
    }
    const token = await this.getAccessToken();
    if (token) {
      headers.set('Authorization', `Bearer ${token}`);
    }
    return headers;
  }

  private urlFor(path: string, query: Record<string, QueryValue> = {}): string {
    const params = new URLSearchParams();
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) {
        params.append(name, String(value));
      }
    }
    const search = params.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) {
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ApiError({ title: 'The server sent an unreadable answer', status: response.status, detail });
  }
}
