import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

/** What someone sees at an address their role does not open, instead of a page of failed requests. */
export function NotAllowedPage() {
  return (
    <Stack component="section" align="center" gap="sm" py="xl" aria-labelledby="not-allowed-title">
      <Title id="not-allowed-title" order={1} size="h2">
        Not allowed
      </Title>
      <Text c="dimmed" ta="center" maw="32rem">
        This part of Synthesis is for platform admins. If something must change for your organisation, ask one of them.
      </Text>
      <Button component={Link} to="/dashboard" variant="light">
        Go to the dashboard
      </Button>
    </Stack>
  );
}
