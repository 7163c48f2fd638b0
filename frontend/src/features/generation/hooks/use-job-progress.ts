import { useApiClient } from '@/lib/api-client-context';
import { useFollowedJob } from '@/lib/use-followed-job';

import { generationKeys, getGenerationJob } from '../api/generation-api';
import { isFinished, progressFromJob } from '../lib/job-progress';

/** A generation job's status and its progress, live or polled (see {@link useFollowedJob}). */
export function useJobProgress(jobId: string) {
  const client = useApiClient();
  const { status, progress, following } = useFollowedJob({
    jobId,
    statusKey: generationKeys.job(jobId),
    fetchStatus: () => getGenerationJob(client, jobId),
    isFinished,
    toProgress: progressFromJob,
  });
  return { job: status, progress, following };
}
