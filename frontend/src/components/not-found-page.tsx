import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

interface NotFoundPageProps {
  /** What was looked for, e.g. "job" or "schema". */
  thing?: string;
}

/**
 * The one page for an address that leads nowhere: a mistyped path, an id that does not exist, or
 * one of another tenant (the API answers those with 404 too, so neither is told from the other).
 */
export function NotFoundPage({ thing = 'page' }: NotFoundPageProps) {
  return (
    <Stack component="section" align="center" gap="sm" py="xl" aria-labelledby="not-found-title">
      <Title id="not-found-title" order={1} size="h2">
        This {thing} was not found
      </Title>
      <Text c="dimmed" ta="center" maw="32rem">
        It does not exist, was deleted, or belongs to another tenant.
      </Text>
      <Button component={Link} to="/dashboard" variant="light">
        Go to the dashboard
      </Button>
    </Stack>
  );
}
