import { fetchEventSource } from '@microsoft/fetch-event-source';

import { ApiError } from './api-error';

export interface EventStreamRequest {
  url: string;
  headers: Record<string, string>;
  fetch: typeof fetch;
  signal: AbortSignal;
  onMessage: (data: string) => void;
}

/**
 * Reads one Server-Sent Events stream until the server closes it. fetch-event-source is used
 * rather than EventSource because the stream needs the bearer token. Unlike EventSource this
 * never reconnects by itself: it rejects with an {@link ApiError}, so the caller chooses between
 * reconnecting and another way of following.
 */
export async function readEventStream(request: EventStreamRequest): Promise<void> {
  try {
    await fetchEventSource(request.url, {
      headers: request.headers,
      fetch: request.fetch,
      signal: request.signal,
      // The caller stops listening itself; reopening on visibility would reuse an old token.
      openWhenHidden: true,
      onopen: async (response) => {
        if (!response.ok) {
          throw await ApiError.fromResponse(response);
        }
      },
      onmessage: (message) => {
        if (message.data !== '') {
          request.onMessage(message.data);
        }
      },
      onerror: (error: unknown) => {
        throw error;
      },
    });
  } catch (cause) {
    throw cause instanceof ApiError ? cause : ApiError.fromNetworkFailure(cause);
  }
}
