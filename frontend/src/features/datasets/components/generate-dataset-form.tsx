import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import { DATASET_FORMATS, type Dataset, type DatasetFormat } from '../api/dataset-types';
import { useGenerateDataset } from '../hooks/use-datasets';
import { rootTables } from '../lib/dataset-runs';

const DEFAULT_ROOT_ROWS = '1000';
const FORMAT_LABELS: Record<DatasetFormat, string> = {
  csv: 'CSV, one file per table',
  jsonl: 'JSON Lines, one file per table',
  xlsx: 'Excel, one sheet per table',
  sql: 'SQL for PostgreSQL, with foreign keys',
};

/** Asks for rows of the root tables only: their children follow from the learned counts per parent. */
export function GenerateDatasetForm({ dataset, onStarted }: { dataset: Dataset; onStarted: (jobId: string) => void }) {
  const roots = rootTables(dataset);
  const [rows, setRows] = useState<Record<string, string>>({});
  const [seed, setSeed] = useState('');
  const [format, setFormat] = useState<DatasetFormat>('csv');
  const generate = useGenerateDataset(dataset.id);
  const start = () =>
    generate.mutate(
      {
        rootRows: Object.fromEntries(roots.map((table) => [table, Number(rows[table] ?? DEFAULT_ROOT_ROWS)])),
        ...(seed.trim() ? { seed: Number(seed) } : {}),
        format,
      },
      { onSuccess: (job) => onStarted(job.id) },
    );
  return (
    <Card component="section" aria-labelledby="dataset-generate-heading">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          start();
        }}
      >
        <Stack gap="sm">
          <Title order={2} size="h4" id="dataset-generate-heading">
            Generate
          </Title>
          <Text size="sm" c="dimmed">
            Rows of each root table; every other table gets its rows from the children per parent.
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            {roots.map((table) => (
              <TextInput
                key={table}
                type="number"
                min={1}
                label={`Rows of ${table}`}
                value={rows[table] ?? DEFAULT_ROOT_ROWS}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setRows((current) => ({ ...current, [table]: value }));
                }}
              />
            ))}
            <TextInput
              type="number"
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              label="Random seed"
              description="The same seed gives the same rows; blank picks one"
              value={seed}
              onChange={(event) => setSeed(event.currentTarget.value)}
            />
            <NativeSelect
              label="Format"
              data={DATASET_FORMATS.map((value) => ({ value, label: FORMAT_LABELS[value] }))}
              value={format}
              onChange={(event) => setFormat(event.currentTarget.value as DatasetFormat)}
            />
          </SimpleGrid>
          <Group>
            <Button type="submit" loading={generate.isPending}>
              Generate dataset
            </Button>
          </Group>
          {generate.isError && <ProblemAlert error={generate.error} />}
        </Stack>
      </form>
    </Card>
  );
}
