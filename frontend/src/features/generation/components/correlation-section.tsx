import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import type { components } from '@/api/schema.gen';

import { differenceMatrix, type Matrix } from '../lib/report-data';
import { CorrelationHeatmap, CorrelationLegend } from './correlation-heatmap';

type CorrelationMatrices = components['schemas']['CorrelationMatrices'];

/** Real and synthetic correlations of the numeric columns side by side, and where they differ. */
export function CorrelationSection({ correlations }: { correlations: CorrelationMatrices }) {
  // the engine writes an undefined correlation as null
  const real = correlations.real as Matrix;
  const synthetic = correlations.synthetic as Matrix;
  return (
    <Card component="section" aria-labelledby="correlations-heading">
      <Title order={2} size="h3" id="correlations-heading" mb="xs">
        Correlations
      </Title>
      {correlations.columns.length < 2 ? (
        <Text c="dimmed">Fewer than two numeric columns: there is no correlation to compare.</Text>
      ) : (
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Pearson correlation of each pair of numeric columns. The difference is synthetic minus real: the paler it
            is, the better the synthetic data keeps how the columns move together.
          </Text>
          <CorrelationLegend />
          <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="lg">
            <CorrelationHeatmap title="Real correlations" columns={correlations.columns} matrix={real} />
            <CorrelationHeatmap title="Synthetic correlations" columns={correlations.columns} matrix={synthetic} />
            <CorrelationHeatmap
              title="Difference (synthetic − real)"
              columns={correlations.columns}
              matrix={differenceMatrix(real, synthetic)}
            />
          </SimpleGrid>
        </Stack>
      )}
    </Card>
  );
}
