import { Badge } from '@mantine/core';

/** ACTIVE while days remain, FINISHED once every batch is produced. */
export function DeploymentStatus({ status }: { status: string }) {
  // dark text: a tint's own shade misses WCAG AA contrast on it
  const color = status === 'FINISHED' ? 'teal' : status === 'ACTIVE' ? 'blue' : 'gray';
  return (
    <Badge variant="light" radius="sm" color={color} c="dark.7">
      {status}
    </Badge>
  );
}
