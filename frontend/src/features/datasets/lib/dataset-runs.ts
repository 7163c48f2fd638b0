import type { JobProgress } from '@/lib/follow-job-events';

import type { Dataset, DatasetJob, RunStatus } from '../api/dataset-types';

export function isRunFinished(run: { status: RunStatus }): boolean {
  return run.status === 'COMPLETED' || run.status === 'FAILED' || run.status === 'CANCELLED';
}

export function totalRows(job: Pick<DatasetJob, 'rowsPerTable'>): number {
  return Object.values(job.rowsPerTable).reduce((sum, rows) => sum + rows, 0);
}

/** What a dataset job's status tells of its progress when its event stream cannot be followed. */
export function progressFromDatasetJob(job: DatasetJob): JobProgress {
  return {
    jobId: job.id,
    phase: job.status.toLowerCase(),
    rowsDone: job.status === 'COMPLETED' ? totalRows(job) : job.rowsWritten,
    rowsTotal: totalRows(job),
    rowsPerSecond: 0,
    etaSeconds: null,
    qualityScore: job.report?.quality ?? null,
    privacyScore: null,
    finished: isRunFinished(job),
  };
}

/**
 * The tables whose rows are asked for: those no other table drives. A table is driven by the first
 * relationship naming it as child, unless that one points at the table itself (a manager among employees).
 */
export function rootTables(dataset: Pick<Dataset, 'tables' | 'relationships'>): string[] {
  return dataset.tables
    .map((table) => table.name)
    .filter((name) => {
      const driving = dataset.relationships.find((relationship) => relationship.child === name);
      return driving === undefined || driving.parent === name;
    });
}
