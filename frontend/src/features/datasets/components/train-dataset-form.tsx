import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { StatusBadge } from '@/components/status-badge';
import { ApiError } from '@/lib/api-error';
import { formatTimestamp } from '@/lib/format';

import type { Dataset } from '../api/dataset-types';
import { useDatasetTraining, useSeedChoices, useTrainDataset } from '../hooks/use-datasets';

const SCHEMA_ONLY = '';

/** Learns the dataset from a seed per table; a table without one is learned from its schema alone. */
export function TrainDatasetForm({ dataset }: { dataset: Dataset }) {
  const seeds = useSeedChoices();
  const training = useDatasetTraining(dataset.id);
  const train = useTrainDataset(dataset.id);
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const choices = [
    { value: SCHEMA_ONLY, label: 'Schema only (no seed)' },
    ...(seeds.data ?? []).map((seed) => ({ value: seed.id, label: seed.fileName })),
  ];
  const picked = Object.fromEntries(Object.entries(chosen).filter(([, seedId]) => seedId !== SCHEMA_ONLY));
  const run = training.data;
  const noRunYet = training.error instanceof ApiError && training.error.status === 404;
  return (
    <Card component="section" aria-labelledby="dataset-train-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="dataset-train-heading">
          Train
        </Title>
        <Text size="sm" c="dimmed">
          Choose the seed file of each table, or leave it schema only. Parents, children per parent and the links
          between parent and child columns are learned together.
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {dataset.tables.map((table) => (
            <NativeSelect
              key={table.name}
              label={`Seed for ${table.name}`}
              data={choices}
              value={chosen[table.name] ?? SCHEMA_ONLY}
              onChange={(event) => {
                const seedId = event.currentTarget.value;
                setChosen((current) => ({ ...current, [table.name]: seedId }));
              }}
            />
          ))}
        </SimpleGrid>
        <Group gap="sm">
          <Button onClick={() => train.mutate({ seeds: picked })} loading={train.isPending}>
            {Object.keys(picked).length === 0 ? 'Train from schemas only' : 'Train'}
          </Button>
          {run && (
            <Group gap="xs" aria-live="polite">
              <Text size="sm">Newest training:</Text>
              <StatusBadge status={run.status} />
              {run.finishedAt && (
                <Text size="sm" c="dimmed">
                  finished {formatTimestamp(run.finishedAt)}
                </Text>
              )}
            </Group>
          )}
          {noRunYet && (
            <Text size="sm" c="dimmed">
              Not trained yet: generation uses the schemas alone.
            </Text>
          )}
        </Group>
        {run?.error && (
          <ProblemAlert error={new ApiError({ title: 'Training failed', status: 0, detail: run.error })} />
        )}
        {train.isError && <ProblemAlert error={train.error} />}
        {training.error && !noRunYet && <ProblemAlert error={training.error} />}
      </Stack>
    </Card>
  );
}
