import { Grid, Stack } from '@mantine/core';

import { PageHeader } from '@/components/page-header';
import { DashboardJobs } from '@/features/generation/components/dashboard-jobs';
import { UsageSummary } from '@/features/usage/components/usage-summary';

/** The app's home: every running and queued job live, the latest results, and the tenant's usage against its limits. */
export function DashboardPage() {
  return (
    <>
      <PageHeader title="Dashboard" description="Jobs running now, live, and the latest results with their scores." />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 9 }}>
          <Stack gap="lg">
            <DashboardJobs />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <UsageSummary />
        </Grid.Col>
      </Grid>
    </>
  );
}
