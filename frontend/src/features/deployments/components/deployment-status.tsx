import { Badge } from '@mantine/core';

/** ACTIVE while days remain, FINISHED once every batch is produced. */
export function DeploymentStatus({ status }: { status: string }) {
  return (
    <Badge
      variant="light"
      radius="sm"
      color={status === 'FINISHED' ? 'teal.9' : status === 'ACTIVE' ? 'blue.9' : 'gray.8'}
    >
      {status}
    </Badge>
  );
}
