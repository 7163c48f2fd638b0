import type { Deployment, GenerationJob } from '../api/deployments-api';

export type BatchState = 'done' | 'running' | 'failed' | 'scheduled' | 'produced';

export interface CalendarDay {
  day: number;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  state: BatchState;
  /** The job that produced the batch; absent for a day not produced yet. */
  jobId?: string;
}

export const STATE_LABELS: Record<BatchState, string> = {
  done: 'Done',
  running: 'Running',
  failed: 'Failed',
  scheduled: 'Scheduled',
  produced: 'Started',
};

/** A job's (or a batch's) status as a batch state: cancelled counts as failed, for the day's rows are missing. */
export function stateOfStatus(status: string | undefined): BatchState {
  switch (status?.toUpperCase()) {
    case 'COMPLETED':
      return 'done';
    case 'RUNNING':
    case 'QUEUED':
      return 'running';
    case 'FAILED':
    case 'CANCELLED':
      return 'failed';
    default:
      return 'produced';
  }
}

/** The date `days` after an ISO date, computed in UTC so no time zone shifts a day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Every day of the deployment with its batch's state: the batch's own `status` when the server
 * sends it, else its job's status, else (job not among those read) "started"; days without a batch
 * are scheduled.
 */
export function calendarDays(
  deployment: Deployment,
  jobs: ReadonlyMap<string, GenerationJob> | undefined,
): CalendarDay[] {
  const batches = new Map(deployment.batches.map((batch) => [batch.day, batch]));
  return Array.from({ length: deployment.days }, (_, day) => {
    // the server adds each batch's status with issue 11; before that the batch's job tells it
    const batch: (Deployment['batches'][number] & { status?: string }) | undefined = batches.get(day);
    if (batch === undefined) {
      return { day, date: addDays(deployment.startDate, day), state: 'scheduled' };
    }
    const status = batch.status ?? jobs?.get(batch.generationJobId)?.status;
    return { day, date: batch.date, state: stateOfStatus(status), jobId: batch.generationJobId };
  });
}

/** Weekday of an ISO date, Monday 0 … Sunday 6, for placing the first day in a week grid. */
export function weekdayOf(isoDate: string): number {
  return (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
}
