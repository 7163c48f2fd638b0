import { Button, Card, Group, Text, Title } from '@mantine/core';

import { DataTable } from '@/components/data-table';

import { DRAFT_PREVIEW_ROWS } from '../api/schemas-api';
import type { SyntheticPreview } from '../api/schema-types';

interface DraftPreviewProps {
  onPreview: () => void;
  pending: boolean;
  /** The rows of the last preview; its problems show at the inputs like a save's. */
  preview: SyntheticPreview | undefined;
}

/** Rows made from the schema as it stands in the designer, before anything is saved. */
export function DraftPreview({ onPreview, pending, preview }: DraftPreviewProps) {
  return (
    <Card component="section" aria-labelledby="draft-preview-heading">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} size="h4" id="draft-preview-heading">
          Preview
        </Title>
        <Button variant="light" onClick={onPreview} loading={pending}>
          Preview {DRAFT_PREVIEW_ROWS} rows
        </Button>
      </Group>
      {preview ? (
        <DataTable caption="Draft preview" columns={preview.columns} rows={preview.rows} />
      ) : (
        <Text size="sm" c="dimmed">
          Rows made from the schema as it stands, without saving it: a quick look at patterns, allowed values and
          ranges.
        </Text>
      )}
    </Card>
  );
}
