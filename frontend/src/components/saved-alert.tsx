import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/** The confirmation an admin form shows once its change is saved. */
export function SavedAlert({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert
      color="teal"
      variant="light"
      mt="md"
      role="status"
      title={title}
      // teal's own shades miss WCAG AA contrast on its light tint
      styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
    >
      {children}
    </Alert>
  );
}
