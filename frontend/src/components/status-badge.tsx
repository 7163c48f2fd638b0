import { Badge } from '@mantine/core';

/** The states generation jobs and training runs share (a run is never cancelled). */
export type JobStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

const COLORS: Record<JobStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  COMPLETED: 'teal',
  FAILED: 'red',
  CANCELLED: 'orange',
};

/**
 * A job's or run's status as the API names it, tinted by what it means; dark text, as a tint's own
 * shade misses WCAG AA contrast (4.5:1) for teal and orange.
 */
export function StatusBadge({ status }: { status: JobStatus }) {
  return (
    <Badge color={COLORS[status]} c="dark.7" variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {status}
    </Badge>
  );
}
