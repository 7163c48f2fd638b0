import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { useApiClient } from '@/lib/api-client-context';

import { generationKeys } from '../api/generation-api';
import type { JobProgress } from '../api/generation-types';
import { followJobEvents } from '../lib/follow-job-events';
import { progressFromJob } from '../lib/job-progress';
import { useGenerationJob } from './use-generation';

export type Following = 'live' | 'polling';

/**
 * A job's progress: live from its event stream, or, when the stream cannot be followed (Redis or
 * a proxy in the way), from its status every two seconds. Listening stops when the job ends.
 */
export function useJobProgress(jobId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [live, setLive] = useState<JobProgress>();
  const [streamFailed, setStreamFailed] = useState(false);
  const job = useGenerationJob(jobId, streamFailed);

  useEffect(() => {
    const listening = new AbortController();
    followJobEvents(client, jobId, setLive, listening.signal).then(
      () => {
        // The job has ended: its status now says so too (and whether there is a file to download).
        if (!listening.signal.aborted) {
          void queryClient.invalidateQueries({ queryKey: generationKeys.job(jobId) });
        }
      },
      () => setStreamFailed(true),
    );
    return () => listening.abort();
  }, [client, jobId, queryClient]);

  const fromStatus = job.data && progressFromJob(job.data);
  const progress = streamFailed ? fromStatus : (live ?? fromStatus);
  const following: Following = streamFailed ? 'polling' : 'live';
  return { job, progress, following };
}
