import { Button, Card, Group, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data-table';
import { ProblemAlert } from '@/components/problem-alert';

import { PREVIEW_ROWS } from '../api/schemas-api';
import { useSyntheticPreview } from '../hooks/use-schemas';

export function SyntheticPreview({ schemaId }: { schemaId: string }) {
  const preview = useSyntheticPreview(schemaId);
  return (
    <Card component="section" aria-labelledby="synthetic-preview-heading" mb="lg">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="synthetic-preview-heading">
          Synthetic preview
        </Title>
        <Button variant="light" onClick={() => preview.mutate()} loading={preview.isPending}>
          Preview {PREVIEW_ROWS} rows
        </Button>
      </Group>
      {preview.isError && <ProblemAlert error={preview.error} />}
      {preview.data ? (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {preview.data.source === 'trained'
              ? 'Made by the newest model trained on this schema version.'
              : 'Made from the schema alone: no model is trained on this version yet.'}
          </Text>
          <DataTable caption="Synthetic preview" columns={preview.data.columns} rows={preview.data.rows} />
        </>
      ) : (
        !preview.isError && (
          <Text size="sm" c="dimmed">
            A few rows made on the spot, without starting a job.
          </Text>
        )
      )}
    </Card>
  );
}
