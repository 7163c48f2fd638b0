import type { JobProgress } from '@/lib/follow-job-events';
import { formatCount } from '@/lib/format';

import type { GenerationJob } from '../api/generation-api';

export function isFinished(job: Pick<GenerationJob, 'status'>): boolean {
  return job.status === 'COMPLETED' || job.status === 'FAILED' || job.status === 'CANCELLED';
}

/**
 * The fields the API adds with issue 11; read through here so that, until a server sends them, no
 * page claims more than it knows.
 */
interface Additions {
  schemaName?: string | null;
  rowsWritten?: number | null;
}

/** The schema's name, or null from a server that does not send it yet. */
export function schemaNameOf(job: GenerationJob): string | null {
  return (job as GenerationJob & Additions).schemaName ?? null;
}

/**
 * Rows the job actually wrote: all of them once it completed; for a cancelled or failed job what
 * the server counted (`rowsWritten`), or null when it does not say, never the rows asked for.
 */
export function rowsWrittenOf(job: GenerationJob): number | null {
  const written = (job as GenerationJob & Additions).rowsWritten;
  if (written !== undefined && written !== null) {
    return written;
  }
  if (job.status === 'COMPLETED') {
    return job.rows;
  }
  return job.status === 'QUEUED' ? 0 : null;
}

/**
 * What the status endpoint can tell when there is no event stream: the rows written as far as the
 * server counts them (0 while it runs, as its own fallback event says).
 */
export function progressFromJob(job: GenerationJob): JobProgress {
  return {
    jobId: job.id,
    phase: job.status.toLowerCase(),
    rowsDone: rowsWrittenOf(job) ?? 0,
    rowsTotal: job.rows,
    rowsPerSecond: 0,
    etaSeconds: null,
    qualityScore: job.qualityScore,
    privacyScore: job.privacyScore,
    finished: isFinished(job),
  };
}

/** "5,000 of 20,000", or "— of 20,000" while the server does not say what a stopped job wrote. */
export function formatRowsWritten(job: GenerationJob): string {
  const written = rowsWrittenOf(job);
  if (written === job.rows) {
    return formatCount(job.rows);
  }
  return `${written === null ? '—' : formatCount(written)} of ${formatCount(job.rows)}`;
}
