import { Badge } from '@mantine/core';

/** ACTIVE while days remain, FINISHED once every batch is produced. */
export function DeploymentStatus({ status }: { status: string }) {
  const color = status === 'FINISHED' ? 'teal' : status === 'ACTIVE' ? 'blue' : 'gray';
  return (
    <Badge variant="light" radius="sm" color={color}>
      {status}
    </Badge>
  );
}
