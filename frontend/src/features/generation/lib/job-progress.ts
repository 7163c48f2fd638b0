import type { JobProgress } from '@/lib/follow-job-events';
import { formatCount } from '@/lib/format';

import type { GenerationJob } from '../api/generation-api';

export function isFinished(job: Pick<GenerationJob, 'status'>): boolean {
  return job.status === 'COMPLETED' || job.status === 'FAILED' || job.status === 'CANCELLED';
}

/**
 * Rows the job actually wrote: all of them once it completed; otherwise what its finished
 * partitions wrote (a cancelled or failed job keeps none of its output, so this says how far it got).
 */
export function rowsWrittenOf(job: GenerationJob): number {
  return job.status === 'COMPLETED' ? job.rows : job.rowsWritten;
}

/**
 * What the status endpoint can tell when there is no event stream: the rows written as far as the
 * server counts them (0 while it runs, as its own fallback event says).
 */
export function progressFromJob(job: GenerationJob): JobProgress {
  return {
    jobId: job.id,
    phase: job.status.toLowerCase(),
    rowsDone: rowsWrittenOf(job),
    rowsTotal: job.rows,
    rowsPerSecond: 0,
    etaSeconds: null,
    qualityScore: job.qualityScore,
    privacyScore: job.privacyScore,
    finished: isFinished(job),
  };
}

/** "20,000" for a job that wrote all its rows, else "5,000 of 20,000". */
export function formatRowsWritten(job: GenerationJob): string {
  const written = rowsWrittenOf(job);
  if (written === job.rows) {
    return formatCount(job.rows);
  }
  return `${formatCount(written)} of ${formatCount(job.rows)}`;
}
