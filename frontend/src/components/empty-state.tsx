import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a list shows before it has anything: what will appear here, and how to get there. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <Stack align="center" gap={4} py="lg">
      <Text fw={600}>{title}</Text>
      {children && (
        <Text c="dimmed" size="sm" ta="center">
          {children}
        </Text>
      )}
    </Stack>
  );
}
