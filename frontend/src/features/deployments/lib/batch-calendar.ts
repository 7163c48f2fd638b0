import type { Deployment, DeploymentBatch } from '../api/deployments-api';

export type BatchState = 'done' | 'running' | 'failed' | 'scheduled';

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
};

/** A batch's job status as its state: cancelled counts as failed, for the day's rows are missing. */
export function stateOfStatus(status: DeploymentBatch['status']): BatchState {
  switch (status) {
    case 'COMPLETED':
      return 'done';
    case 'RUNNING':
    case 'QUEUED':
      return 'running';
    case 'FAILED':
    case 'CANCELLED':
      return 'failed';
  }
}

/** The date `days` after an ISO date, computed in UTC so no time zone shifts a day. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Every day of the deployment with its batch's state and job; days without a batch yet are scheduled. */
export function calendarDays(deployment: Deployment): CalendarDay[] {
  const batches = new Map(deployment.batches.map((batch) => [batch.day, batch]));
  return Array.from({ length: deployment.days }, (_, day) => {
    const batch = batches.get(day);
    if (batch === undefined) {
      return { day, date: addDays(deployment.startDate, day), state: 'scheduled' };
    }
    return { day, date: batch.date, state: stateOfStatus(batch.status), jobId: batch.generationJobId };
  });
}

/** Whether a batch is still being produced: its page then reads the deployment more often. */
export function hasUnfinishedBatch(deployment: Deployment): boolean {
  return deployment.batches.some((batch) => batch.status === 'QUEUED' || batch.status === 'RUNNING');
}

/** Weekday of an ISO date, Monday 0 … Sunday 6, for placing the first day in a week grid. */
export function weekdayOf(isoDate: string): number {
  return (new Date(`${isoDate}T00:00:00Z`).getUTCDay() + 6) % 7;
}
