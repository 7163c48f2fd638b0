import { Sparkline } from '@mantine/charts';
import { Anchor, Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import type { JobProgress } from '@/lib/follow-job-events';
import { formatCount, formatDuration } from '@/lib/format';
import { formatScore } from '@/lib/score';
import { useRateSamples } from '@/lib/use-rate-samples';

import { StatusBadge } from './status-badge';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </Stack>
  );
}

interface LiveProgressCardProps {
  name: string;
  /** The job's own page. */
  href: string;
  status: string;
  /** Live from the job's events, else what its status tells. */
  progress: JobProgress;
  /** The latest event, if the job's stream is followed: each new one adds a sample to the sparkline. */
  followed: JobProgress | undefined;
}

/** A running or queued job, followed live: rows, a sparkline of its speed, time left, phase and scores. */
export function LiveProgressCard({ name, href, status, progress, followed }: LiveProgressCardProps) {
  const rates = useRateSamples(followed);
  const percent = progress.rowsTotal > 0 ? Math.min(100, (100 * progress.rowsDone) / progress.rowsTotal) : 0;
  const latest = rates.at(-1);
  return (
    <Card component="article" aria-label={`${name} job`} padding="md">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Anchor component={Link} to={href} fw={600} truncate="end">
            {name}
          </Anchor>
          <StatusBadge status={status} />
        </Group>
        <Progress
          value={Math.round(percent * 10) / 10}
          aria-label={`Rows written by the ${name} job`}
          striped
          animated={status === 'RUNNING'}
        />
        <SimpleGrid cols={3} spacing="xs">
          <Fact label="Rows" value={`${formatCount(progress.rowsDone)} of ${formatCount(progress.rowsTotal)}`} />
          <Fact label="Phase" value={progress.phase} />
          <Fact label="Time left" value={progress.etaSeconds === null ? '—' : formatDuration(progress.etaSeconds)} />
          <Fact
            label="Speed"
            value={progress.rowsPerSecond > 0 ? `${formatCount(progress.rowsPerSecond)} rows/s` : '—'}
          />
          <Fact label="Quality" value={formatScore(progress.qualityScore)} />
          <Fact label="Privacy" value={formatScore(progress.privacyScore)} />
        </SimpleGrid>
        <div
          role="img"
          aria-label={
            rates.length === 0
              ? 'Speed: no samples yet'
              : `Speed over the last ${rates.length} updates, latest ${formatCount(latest ?? 0)} rows/s`
          }
          data-samples={rates.join(',')}
        >
          <Sparkline h={40} data={rates.length > 1 ? rates : [0, 0]} curveType="monotone" fillOpacity={0.25} />
        </div>
      </Stack>
    </Card>
  );
}
