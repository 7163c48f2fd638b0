import { useApiClient } from '@/lib/api-client-context';
import { useFollowedJob } from '@/lib/use-followed-job';
import { useManifestVerification } from '@/lib/use-manifest-verification';

import { datasetKeys, getDatasetJob, getDatasetManifest } from '../api/datasets-api';
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

/** The completed job's signed manifest, checked in this browser against the platform's published keys. */
export function useDatasetManifest(jobId: string) {
  return useManifestVerification(datasetKeys.manifest(jobId), (client) => getDatasetManifest(client, jobId));
}
