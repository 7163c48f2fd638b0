import { useQuery, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';

import { useApiClient } from './api-client-context';
import { followJobEvents, type JobProgress } from './follow-job-events';

export type Following = 'live' | 'polling';

const POLL_MILLIS = 2_000;

export interface FollowedJob<Status> {
  jobId: string;
  /** Where the job's status lives in the query cache. */
  statusKey: QueryKey;
  fetchStatus: () => Promise<Status>;
  isFinished: (status: Status) => boolean;
  /** What the status alone tells of the job's progress. */
  toProgress: (status: Status) => JobProgress;
}

/**
 * A job's (or training run's) status and progress: progress live from its event stream, or, when
 * the stream cannot be followed (Redis or a proxy in the way), from its status every two seconds.
 * The status is read at the start and again when the stream ends, since the last event does not
 * carry everything the status does (the file to download, the held-out rows). Listening stops
 * when the job ends.
 */
export function useFollowedJob<Status>({ jobId, statusKey, fetchStatus, isFinished, toProgress }: FollowedJob<Status>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [live, setLive] = useState<JobProgress>();
  const [stream, setStream] = useState<'open' | 'ended' | 'failed'>('open');
  const status = useQuery({
    queryKey: statusKey,
    queryFn: fetchStatus,
    // Polled without a stream; and after it, since the last event may come before the status is saved.
    refetchInterval: (query) =>
      stream !== 'open' && !(query.state.data && isFinished(query.state.data)) ? POLL_MILLIS : false,
  });
  // An effect event: the key is a new array on every render, and must not reopen the stream.
  const readStatusAgain = useEffectEvent(() => void queryClient.invalidateQueries({ queryKey: statusKey }));

  useEffect(() => {
    const listening = new AbortController();
    followJobEvents(client, jobId, setLive, listening.signal).then(
      () => {
        if (!listening.signal.aborted) {
          setStream('ended');
          readStatusAgain();
        }
      },
      () => setStream('failed'),
    );
    return () => listening.abort();
  }, [client, jobId]);

  const fromStatus = status.data && toProgress(status.data);
  const progress = stream === 'failed' ? fromStatus : (live ?? fromStatus);
  const following: Following = stream === 'failed' ? 'polling' : 'live';
  return { status, progress, following };
}
