import { Anchor, Button, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { formatCount } from '@/lib/format';
import { SeedValue } from '@/components/seed-value';

import type { Deployment } from '../api/deployments-api';
import { useDeployment, useRunNextBatch } from '../hooks/use-deployments';
import { addDays, calendarDays } from '../lib/batch-calendar';
import { BatchCalendar } from './batch-calendar';
import { DeploymentStatus } from './deployment-status';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function RunNextButton({ deployment }: { deployment: Deployment }) {
  const run = useRunNextBatch(deployment.id);
  const finished = deployment.nextDay >= deployment.days;
  return (
    <Stack gap="xs" align="flex-end">
      <Button onClick={() => run.mutate()} loading={run.isPending} disabled={finished}>
        Run next batch now
      </Button>
      {run.isError && <ProblemAlert error={run.error} />}
    </Stack>
  );
}

function DeploymentBody({ deployment }: { deployment: Deployment }) {
  const days = calendarDays(deployment);
  const produced = deployment.batches.length;
  const lastDay = addDays(deployment.startDate, deployment.days - 1);
  return (
    <Stack gap="lg">
      <PageHeader
        title={
          <Group gap="sm" component="span">
            Deployment <DeploymentStatus status={deployment.status} />
          </Group>
        }
        description={
          <>
            {formatCount(deployment.recordsPerDay)} rows a day from{' '}
            <Anchor component={Link} underline="always" to={`/schemas/${deployment.schemaId}`}>
              {deployment.schemaName}
            </Anchor>
            , version {deployment.schemaVersion}, {deployment.startDate} to {lastDay}.
          </>
        }
        actions={<RunNextButton deployment={deployment} />}
      />
      <Card>
        <Stack gap="xs">
          <Text size="sm">
            {produced} of {deployment.days} daily batches produced
          </Text>
          <Progress
            value={deployment.days > 0 ? (100 * produced) / deployment.days : 0}
            aria-label="Batches produced"
          />
        </Stack>
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} mt="md">
          <Fact label="Rows a day">
            <Text>{formatCount(deployment.recordsPerDay)}</Text>
          </Fact>
          <Fact label="Days">
            <Text>{deployment.days}</Text>
          </Fact>
          <Fact label="Format">
            <Text>
              {deployment.format}
              {deployment.gzip ? ' (gzip)' : ''}
            </Text>
          </Fact>
          <Fact label="Date field">
            <Text>{deployment.dateField ?? 'None: the schema has no date field'}</Text>
          </Fact>
          <Fact label="Seed">
            <SeedValue seed={deployment.seed} />
          </Fact>
        </SimpleGrid>
      </Card>
      <Card component="section" aria-labelledby="calendar-heading">
        <Title order={2} size="h3" id="calendar-heading" mb="sm">
          Daily batches
        </Title>
        <BatchCalendar days={days} />
      </Card>
    </Stack>
  );
}

/** One deployment: its plan, its daily batches as a calendar, and the next batch on demand. */
export function DeploymentPage() {
  const { deploymentId = '' } = useParams();
  const deployment = useDeployment(deploymentId);
  return (
    <QueryState query={deployment} label="Loading the deployment…" notFound="deployment">
      {(data) => <DeploymentBody deployment={data} />}
    </QueryState>
  );
}
