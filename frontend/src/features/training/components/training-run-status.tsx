import { Alert, Group, Loader, Text } from '@mantine/core';

import { ProblemAlert } from '@/components/problem-alert';
import { formatCount } from '@/lib/format';

import { useTrainingRun } from '../hooks/use-training';
import { clippedSentences } from '../lib/clipped-bounds';

/** Follows one run until it ends: its phase meanwhile, then what it learned from, or why it failed. */
export function TrainingRunStatus({ runId }: { runId: string }) {
  const { run, progress, following } = useTrainingRun(runId);
  if (run.isError) {
    return <ProblemAlert error={run.error} />;
  }
  if (run.data?.status === 'FAILED' || progress?.phase === 'failed') {
    return (
      <Alert role="alert" color="red" variant="light" title="Training failed">
        {run.data?.error}
      </Alert>
    );
  }
  if (run.data?.status === 'COMPLETED') {
    const { trainingRows, holdoutRows, clippedByDeclaredBounds } = run.data;
    return (
      <Alert role="status" color="teal" variant="light">
        Training completed: learned from {formatCount(trainingRows ?? 0)} rows, {formatCount(holdoutRows ?? 0)} held out
        for scoring.
        {clippedSentences(clippedByDeclaredBounds).map((sentence) => (
          <Text key={sentence} size="sm" mt={4}>
            {sentence}
          </Text>
        ))}
      </Alert>
    );
  }
  // The stream's last event comes before the run's status is saved: "completed" is said only once
  // the status says so, and with it the runs list.
  const phase =
    progress?.phase === 'completed' ? 'Saving the trained models…' : progress && `Training ${progress.phase}…`;
  return (
    <Group gap="xs" role="status">
      <Loader size="xs" />
      <Text size="sm">{phase ?? 'Starting training…'}</Text>
      {following === 'polling' && (
        <Text size="sm" c="dimmed">
          Updated every 2 s
        </Text>
      )}
    </Group>
  );
}
