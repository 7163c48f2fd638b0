import { Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';

import type { JobProgress } from '@/lib/follow-job-events';
import { formatCount, formatDuration } from '@/lib/format';
import type { Following } from '@/lib/use-followed-job';

interface JobProgressCardProps {
  progress: JobProgress;
  /** Rows actually written (for a cancelled or failed job, not the rows asked for). */
  rowsDone: number;
  following: Following;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}

/**
 * Phase, bar, rows and, while the job runs, its speed and time left. The class names and the
 * "Phase:" status are what the browser test watches (PipelineInTheBrowserIT).
 */
export function JobProgressCard({ progress, rowsDone, following }: JobProgressCardProps) {
  const { phase, rowsTotal, rowsPerSecond, etaSeconds, finished } = progress;
  const percent = rowsTotal <= 0 ? 0 : Math.min(100, (100 * rowsDone) / rowsTotal);
  return (
    <Card className="job-progress">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Text role="status">
            Phase: <strong>{phase}</strong>
          </Text>
          {!finished && (
            <Text size="sm" c="dimmed" className="hint">
              {following === 'live' ? 'Live' : 'Updated every 2 s'}
            </Text>
          )}
        </Group>
        <Progress
          value={Math.round(percent * 10) / 10}
          size="lg"
          aria-label="Generation progress"
          striped={!finished}
          animated={!finished}
          color={finished && rowsDone !== rowsTotal ? 'orange' : undefined}
        />
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <Fact label="Rows written" value={`${formatCount(rowsDone)} of ${formatCount(rowsTotal)}`} />
          {!finished && (
            <>
              <Fact label="Speed" value={rowsPerSecond > 0 ? `${formatCount(rowsPerSecond)} rows/s` : '—'} />
              <Fact label="Time left" value={etaSeconds === null ? '—' : formatDuration(etaSeconds)} />
            </>
          )}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
