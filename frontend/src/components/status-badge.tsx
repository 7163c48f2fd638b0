import { Badge } from '@mantine/core';

/** The states generation jobs and training runs share (a run is never cancelled). */
type JobStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

const COLORS: Record<JobStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  COMPLETED: 'teal',
  FAILED: 'red',
  CANCELLED: 'orange',
};

function colorOf(status: string): string {
  return Object.hasOwn(COLORS, status) ? COLORS[status as JobStatus] : 'gray';
}

/**
 * A job's or run's status as the API names it, tinted by what it means (grey for a state this list
 * does not know, as the admin's job list types its status as text).
 */
export function StatusBadge({ status }: { status: JobStatus | (string & {}) }) {
  return (
    <Badge color={colorOf(status)} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {status}
    </Badge>
  );
}
