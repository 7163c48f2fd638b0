import type { JobProgress } from '@/lib/follow-job-events';

import type { GenerationJob } from '../api/generation-types';

export function isFinished(job: GenerationJob): boolean {
  return job.status === 'COMPLETED' || job.status === 'FAILED' || job.status === 'CANCELLED';
}

/**
 * What the status endpoint can tell when there is no event stream; as the server's own fallback,
 * it knows no row count until the job ends.
 */
export function progressFromJob(job: GenerationJob): JobProgress {
  const finished = isFinished(job);
  return {
    jobId: job.id,
    phase: job.status.toLowerCase(),
    rowsDone: job.status === 'COMPLETED' ? job.rows : 0,
    rowsTotal: job.rows,
    rowsPerSecond: 0,
    etaSeconds: null,
    qualityScore: job.qualityScore,
    privacyScore: job.privacyScore,
    finished,
  };
}
