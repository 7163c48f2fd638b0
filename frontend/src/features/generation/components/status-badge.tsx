import { Badge } from '@mantine/core';

import type { GenerationStatus } from '../api/generation-api';

const COLORS: Record<GenerationStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  COMPLETED: 'teal',
  FAILED: 'red',
  CANCELLED: 'orange',
};

/** A job's status as the API names it, coloured by what it means. */
export function StatusBadge({ status }: { status: GenerationStatus }) {
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {status}
    </Badge>
  );
}
