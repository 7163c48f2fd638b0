import type { ApiClient } from './api-client';
import { ApiError } from './api-error';

/**
 * One event of `/api/jobs/{id}/events` (JobProgressEvent on the server), for a generation job or a
 * training run alike.
 */
export interface JobProgress {
  jobId: string;
  /** queued, running, training, evaluating, generating, completed, failed or cancelled */
  phase: string;
  rowsDone: number;
  rowsTotal: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
  /** A fraction in [0, 1], once the job's evaluation has run; null for training runs and schema-only data. */
  qualityScore: number | null;
  privacyScore: number | null;
  /** Whether this is the job's last event. */
  finished: boolean;
}

export interface ReconnectPolicy {
  /** Failed connections in a row that are retried before giving up. */
  reconnects: number;
  delayMillis: number;
}

export const DEFAULT_RECONNECTS: ReconnectPolicy = { reconnects: 2, delayMillis: 1_000 };

function pause(millis: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, millis);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

function jobEventsPath(id: string): string {
  return `/api/jobs/${encodeURIComponent(id)}/events`;
}

function isRefusal(error: unknown): boolean {
  return error instanceof ApiError && error.status >= 400 && error.status < 500;
}

/**
 * Follows a job's (or training run's) events until its last one. A stream that drops or ends early is reopened (each
 * starts with the latest snapshot, so nothing is missed); a stream that delivered events before
 * dropping starts the count afresh. A refusal (4xx) is final. Resolves when the job has ended or
 * `signal` aborts; rejects when the stream cannot be followed, so the caller can poll instead.
 */
export async function followJobEvents(
  client: ApiClient,
  jobId: string,
  onProgress: (progress: JobProgress) => void,
  signal: AbortSignal,
  policy: ReconnectPolicy = DEFAULT_RECONNECTS,
): Promise<void> {
  let failuresInARow = 0;
  for (;;) {
    // An object, not two lets: TypeScript does not see the callback assign them.
    const stream = { finished: false, received: false };
    let failure: unknown = new Error('the event stream ended before the job did');
    try {
      await client.streamEvents(
        jobEventsPath(jobId),
        (data) => {
          const progress = JSON.parse(data) as JobProgress;
          stream.received = true;
          stream.finished ||= progress.finished;
          onProgress(progress);
        },
        signal,
      );
    } catch (error) {
      if (isRefusal(error)) {
        throw error;
      }
      failure = error;
    }
    if (stream.finished || signal.aborted) {
      return;
    }
    failuresInARow = stream.received ? 1 : failuresInARow + 1;
    if (failuresInARow > policy.reconnects) {
      throw failure;
    }
    await pause(policy.delayMillis, signal);
  }
}
