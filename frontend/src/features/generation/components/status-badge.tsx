import { Badge } from '@mantine/core';

import type { GenerationStatus } from '../api/generation-api';

/** Dark shades: a light badge's text must reach WCAG AA contrast (4.5:1) on its tinted background. */
const COLORS: Record<GenerationStatus, string> = {
  QUEUED: 'dark.5',
  RUNNING: 'blue.9',
  COMPLETED: 'teal.9',
  FAILED: 'red.9',
  CANCELLED: 'orange.9',
};

/** A job's status as the API names it, coloured by what it means. */
export function StatusBadge({ status }: { status: GenerationStatus }) {
  return (
    <Badge color={COLORS[status]} c={COLORS[status]} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {status}
    </Badge>
  );
}
