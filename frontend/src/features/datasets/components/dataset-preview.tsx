import { Button, Card, Stack, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { ProblemAlert } from '@/components/problem-alert';

import type { Dataset, Row } from '../api/dataset-types';
import { useDatasetPreview } from '../hooks/use-datasets';

/** The columns of a table's rows, in the order the first row names them. */
function columnsOf(rows: Row[]): string[] {
  return [...new Set(rows.flatMap((row) => Object.keys(row)))];
}

/** A few rows per table from the newest model, or from the schemas alone before any training. */
export function DatasetPreview({ dataset }: { dataset: Dataset }) {
  const preview = useDatasetPreview(dataset.id);
  return (
    <Stack gap="md">
      <Button onClick={() => preview.mutate()} loading={preview.isPending} style={{ alignSelf: 'flex-start' }}>
        {preview.data ? 'Preview new rows' : 'Preview rows'}
      </Button>
      {preview.isError && <ProblemAlert error={preview.error} />}
      {!preview.data && !preview.isError && (
        <Text size="sm" c="dimmed">
          A few rows of every table, with their keys linked, from the newest model (or the schemas alone).
        </Text>
      )}
      {preview.data &&
        Object.entries(preview.data.tables).map(([table, rows]) => {
          const columns = columnsOf(rows);
          return (
            <Card key={table} component="section" aria-labelledby={`preview-${table}`} padding="md">
              <Title order={3} size="h5" id={`preview-${table}`} mb="xs">
                {table}
              </Title>
              <DataTable caption={table} columns={columns} rows={rows.map((row) => columns.map((c) => row[c]))} />
            </Card>
          );
        })}
    </Stack>
  );
}
