import { useApiClient } from '@/lib/api-client-context';
import { useFollowedJob } from '@/lib/use-followed-job';

import { datasetKeys, getDatasetJob } from '../api/datasets-api';
import { isRunFinished, progressFromDatasetJob } from '../lib/dataset-runs';

/** A dataset job's status and its progress, live from `/api/jobs/{id}/events` or polled. */
export function useDatasetJob(jobId: string) {
  const client = useApiClient();
  const { status, progress } = useFollowedJob({
    jobId,
    statusKey: datasetKeys.job(jobId),
    fetchStatus: () => getDatasetJob(client, jobId),
    isFinished: isRunFinished,
    toProgress: progressFromDatasetJob,
  });
  return { job: status, progress };
}
