import type { JobProgress } from '@/lib/follow-job-events';

import { isFinished, type TrainingRun } from '../api/training-api';

/** What the status endpoint tells of a run when there is no event stream, in the stream's terms. */
export function progressFromRun(run: TrainingRun): JobProgress {
  const rows = run.trainingRows ?? 0;
  return {
    jobId: run.id,
    phase: run.status.toLowerCase(),
    rowsDone: rows,
    rowsTotal: rows,
    rowsPerSecond: 0,
    etaSeconds: null,
    qualityScore: null,
    privacyScore: null,
    finished: isFinished(run),
  };
}
