import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  /** One sentence on what the page is for. */
  description?: ReactNode;
  /** Buttons for the page's main actions, shown on the right. */
  actions?: ReactNode;
}

/** The top of every page: its one h1, what it is for, and its main actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap" mb="lg" gap="md">
      <Stack gap={4} style={{ minWidth: 0, flex: '1 1 20rem' }}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
