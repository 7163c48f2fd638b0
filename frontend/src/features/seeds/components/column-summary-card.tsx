import { useId, type ReactNode } from 'react';
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import { formatCount, formatPercent } from '@/lib/format';
import { describeRepresentation } from '@/lib/representation';

import type { FieldProfile } from '../api/seeds-api';
import { ColumnChartView } from './column-chart-view';

const NUMBER_FORMAT = new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4 });

function rangeOf(field: FieldProfile): string | null {
  if (field.min === null || field.max === null) {
    return null;
  }
  return field.min === field.max ? field.min : `${field.min} – ${field.max}`;
}

function lengthsOf(field: FieldProfile): string | null {
  if (field.minLength === null || field.maxLength === null) {
    return null;
  }
  return field.minLength === field.maxLength ? `${field.minLength}` : `${field.minLength} – ${field.maxLength}`;
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** One column of a seed: what the engine detected, how the file writes it, and its commonest values. */
export function ColumnSummaryCard({ field }: { field: FieldProfile }) {
  const headingId = useId();
  const written = describeRepresentation(field.type, field.representation);
  const range = rangeOf(field);
  const lengths = field.type === 'string' ? lengthsOf(field) : null;
  const missingPercent = field.nullRate * 100;
  return (
    <Card component="article" aria-labelledby={headingId} padding="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs" wrap="nowrap">
          <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
            {field.name}
          </Title>
          <Group gap={4} justify="flex-end" style={{ flexShrink: 0 }}>
            <Badge variant="light">{field.type}</Badge>
            {field.semanticKind !== null && (
              <Badge variant="light" color="grape">
                {field.semanticKind}
              </Badge>
            )}
          </Group>
        </Group>
        <div>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              Missing
            </Text>
            <Text size="xs">
              {formatPercent(missingPercent)} ({formatCount(field.nullCount)} of {formatCount(field.count)})
            </Text>
          </Group>
          <Progress
            value={missingPercent}
            color={missingPercent > 20 ? 'orange' : 'gray'}
            size="sm"
            aria-label={`Missing share of ${field.name}`}
          />
        </div>
        <SimpleGrid cols={2} spacing="xs" verticalSpacing={4} component="dl" m={0}>
          <Fact term="Distinct values">{formatCount(field.distinctCount)}</Fact>
          <Fact term="Suggested model">{field.model}</Fact>
          <Fact term="Written as">{written || 'defaults'}</Fact>
          {field.format !== null && <Fact term="Format">{field.format}</Fact>}
          {range !== null && <Fact term="Range">{range}</Fact>}
          {field.mean !== null && (
            <Fact term="Mean ± sd">
              {NUMBER_FORMAT.format(field.mean)} ± {NUMBER_FORMAT.format(field.standardDeviation ?? 0)}
            </Fact>
          )}
          {lengths !== null && <Fact term="Length">{lengths}</Fact>}
        </SimpleGrid>
        <div style={{ overflow: 'hidden' }}>
          <ColumnChartView field={field} />
        </div>
      </Stack>
    </Card>
  );
}
