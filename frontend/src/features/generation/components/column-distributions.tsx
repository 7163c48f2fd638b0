import { Badge, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';

import type { components } from '@/api/schema.gen';

import { formatScore, scoreColor } from '@/lib/score';
import { DistributionChart } from './distribution-chart';

type ColumnQuality = components['schemas']['ColumnQuality'];

/** The engine writes a shape it could not compute as null: such a column goes last. */
function shapeOf(column: ColumnQuality): number {
  return Number.isFinite(column.shape) ? column.shape : 1;
}

/** Worst first: the column a user should look at is the one whose shape was kept least. */
function byShape(columns: ColumnQuality[]): ColumnQuality[] {
  return [...columns].filter((column) => column.kind !== 'SKIPPED').sort((a, b) => shapeOf(a) - shapeOf(b));
}

/** One column at a time, picked by name, real against synthetic, with the column's own scores. */
export function ColumnDistributions({ columns }: { columns: ColumnQuality[] }) {
  const compared = byShape(columns);
  const [picked, setPicked] = useState<string | null>(compared.at(0)?.column ?? null);
  const column = compared.find((candidate) => candidate.column === picked) ?? compared.at(0);
  return (
    <Card component="section" aria-labelledby="distributions-heading">
      <Title order={2} size="h3" id="distributions-heading" mb="xs">
        Real and synthetic distributions
      </Title>
      {column === undefined ? (
        <Text c="dimmed">No column was compared.</Text>
      ) : (
        <Stack gap="md">
          <NativeSelect
            label="Column"
            description="Columns are listed from the least to the best kept shape."
            data={compared.map((candidate) => ({
              value: candidate.column,
              label: `${candidate.column} (${formatScore(candidate.shape)})`,
            }))}
            value={column.column}
            onChange={(event) => setPicked(event.currentTarget.value)}
            maw={360}
          />
          <Group gap="xs">
            <Badge variant="light" tt="none" color={scoreColor(column.shape)}>
              {column.shapeMetric} {formatScore(column.shape)}
            </Badge>
            <Badge variant="light" tt="none" color={scoreColor(column.coverage)}>
              {column.coverageMetric} {formatScore(column.coverage)}
            </Badge>
            <Badge variant="light" tt="none" color={scoreColor(column.adherence)}>
              {column.adherenceMetric} {formatScore(column.adherence)}
            </Badge>
            <Badge variant="light" tt="none" color={scoreColor(column.missingValueSimilarity)}>
              Missing values {formatScore(column.missingValueSimilarity)}
            </Badge>
          </Group>
          <DistributionChart column={column} />
        </Stack>
      )}
    </Card>
  );
}
