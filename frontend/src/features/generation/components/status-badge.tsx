import { Badge } from '@mantine/core';

import type { GenerationStatus } from '../api/generation-api';

const COLORS: Record<GenerationStatus, string> = {
  QUEUED: 'gray',
  RUNNING: 'blue',
  COMPLETED: 'teal',
  FAILED: 'red',
  CANCELLED: 'orange',
};

/**
 * A job's status as the API names it, tinted by what it means; dark text, as a tint's own shade
 * misses WCAG AA contrast (4.5:1) for teal and orange.
 */
export function StatusBadge({ status }: { status: GenerationStatus }) {
  return (
    <Badge color={COLORS[status]} c="dark.7" variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {status}
    </Badge>
  );
}
