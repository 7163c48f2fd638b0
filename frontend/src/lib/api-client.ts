import createClient, { type Client, type Middleware } from 'openapi-fetch';

import type { paths } from '@/api/schema.gen';

import { ApiError } from './api-error';
import { readEventStream } from './event-stream';
import { pageableQuery } from './pageable-query';
import { uploadWithProgress, type UploadProgress } from './upload-with-progress';

const JSON_OR_PROBLEM = 'application/json, application/problem+json';

export interface ApiClientOptions {
  /** Resolved per request so that a silently renewed token is used at once. */
  getAccessToken: () => Promise<string | undefined>;
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Makes the request uploads go through; tests hand in a fake one. */
  createUploadRequest?: () => XMLHttpRequest;
}

/** A downloaded file and the name the server suggests for it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

/** The Synthesis API, typed from the server's OpenAPI document (`npm run generate`). */
export type TypedApi = Client<paths>;

/** What every typed call resolves to; failures never get here, they are thrown as {@link ApiError}. */
interface TypedAnswer<T> {
  data?: T;
  response: Response;
}

/** The body of a successful typed call, e.g. `await bodyOf(client.api.GET('/api/me'))`. */
export async function bodyOf<T>(call: Promise<TypedAnswer<T>>): Promise<T> {
  const { data } = await call;
  // openapi-fetch leaves data undefined only for an empty body (204), typed so by the document
  return data as T;
}

/** The one place that talks HTTP to the Synthesis API; every failure becomes an {@link ApiError}. */
export class ApiClient {
  /** Typed calls: paths, parameters, bodies and answers checked against the server's document. */
  readonly api: TypedApi;

  private readonly getAccessToken: () => Promise<string | undefined>;
  private readonly baseUrl: string;
  private readonly fetchFn: typeof fetch;
  private readonly createUploadRequest: () => XMLHttpRequest;

  constructor(options: ApiClientOptions) {
    this.getAccessToken = options.getAccessToken;
    // absolute, because openapi-fetch builds a Request, and a relative URL is no Request outside a page
    this.baseUrl = options.baseUrl ?? globalThis.location.origin;
    // Bound so that a browser's fetch is not called with the client as `this`.
    this.fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.createUploadRequest = options.createUploadRequest ?? (() => new XMLHttpRequest());
    this.api = createClient<paths>({
      baseUrl: this.baseUrl,
      fetch: this.fetchFn,
      headers: { Accept: JSON_OR_PROBLEM },
      querySerializer: pageableQuery,
    });
    this.api.use(this.authorizedOrFailing());
  }

  /** Adds the bearer token; turns a failed answer or an unreachable server into an {@link ApiError}. */
  private authorizedOrFailing(): Middleware {
    return {
      onRequest: async ({ request }) => {
        for (const [name, value] of Object.entries(await this.authorization())) {
          request.headers.set(name, value);
        }
        return request;
      },
      onResponse: async ({ response }) => {
        if (!response.ok) {
          throw await ApiError.fromResponse(response);
        }
        if (isNotJson(response)) {
          throw unreadable(response);
        }
        return undefined;
      },
      onError: ({ error }) => (error instanceof ApiError ? error : ApiError.fromNetworkFailure(error)),
    };
  }

  /** Posts a file as multipart part `partName`, reporting its progress. */
  async upload<T>(path: string, partName: string, file: File, onProgress: (progress: UploadProgress) => void) {
    const headers = { Accept: JSON_OR_PROBLEM, ...(await this.authorization()) };
    const result = await uploadWithProgress({
      url: this.urlFor(path),
      headers,
      partName,
      file,
      onProgress,
      createRequest: this.createUploadRequest,
    });
    return result as T;
  }

  /**
   * A JSON call whose answer's type is the caller's word: the dataset and template features were
   * written against their contract before the OpenAPI document described them, and still use their
   * own types. Fails as the typed calls do.
   */
  async send<T>(method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: JSON_OR_PROBLEM, ...(await this.authorization()) };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await this.fetchOrFail(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (isNotJson(response)) {
      throw unreadable(response);
    }
    return (isEmpty(response) ? undefined : await response.json()) as T;
  }

  /** Fetches a file whole; downloads need the token, so a plain link cannot fetch them. */
  async download(path: string, fallbackName: string): Promise<DownloadedFile> {
    const response = await this.fetchOrFail(path, { method: 'GET', headers: await this.authorization() });
    const fileName = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
    return { blob: await response.blob(), fileName };
  }

  /** Reads a Server-Sent Events stream until the server ends it or `signal` aborts it. */
  async streamEvents(path: string, onMessage: (data: string) => void, signal: AbortSignal): Promise<void> {
    // Lower case: fetch-event-source only adds its own "accept" when none is given that way.
    const headers = { accept: 'text/event-stream', ...(await this.authorization()) };
    await readEventStream({ url: this.urlFor(path), headers, fetch: this.fetchFn, signal, onMessage });
  }

  private async fetchOrFail(path: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetchFn(this.urlFor(path), init);
    } catch (cause) {
      throw ApiError.fromNetworkFailure(cause);
    }
    if (!response.ok) {
      throw await ApiError.fromResponse(response);
    }
    return response;
  }

  private async authorization(): Promise<Record<string, string>> {
    const token = await this.getAccessToken();
    return token ? { authorization: `Bearer ${token}` } : {};
  }

  private urlFor(path: string): string {
    return `${this.baseUrl}${path}`;
  }
}

function isEmpty(response: Response): boolean {
  return response.status === 204 || response.headers.get('Content-Length') === '0';
}

/** A body that is there but is no JSON: a proxy's HTML page, say. */
function isNotJson(response: Response): boolean {
  return !isEmpty(response) && !(response.headers.get('Content-Type') ?? '').includes('json');
}

function unreadable(response: Response): ApiError {
  const detail = `expected JSON, got ${response.headers.get('Content-Type') ?? 'no content type'}`;
  return new ApiError({ title: 'The server sent an unreadable answer', status: response.status, detail });
}

/** The name in `attachment; filename="out.csv.gz"`, as Spring writes it. */
function fileNameOf(contentDisposition: string | null): string | undefined {
  return contentDisposition?.match(/filename="?([^";]+)"?/)?.[1];
}
