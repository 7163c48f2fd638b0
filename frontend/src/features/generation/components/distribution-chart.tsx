import { BarChart } from '@mantine/charts';
import { Button, Stack, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import type { components } from '@/api/schema.gen';
import { formatPercent } from '@/lib/format';

import { distributionRows } from '../lib/report-data';

type ColumnQuality = components['schemas']['ColumnQuality'];

const SERIES = [
  { name: 'real', label: 'Real', color: 'gray.6' },
  { name: 'synthetic', label: 'Synthetic', color: 'indigo.6' },
];

const shareFormat = (value: number) => formatPercent(value);

/**
 * A column's real and synthetic distributions as grouped bars: histogram bins for a numeric column,
 * categories for a categorical one; with its numbers as a table for whoever cannot see the chart.
 */
export function DistributionChart({ column }: { column: ColumnQuality }) {
  const [tableShown, { toggle }] = useDisclosure(false);
  const rows = distributionRows(column.distribution);
  const numeric = column.kind === 'NUMERIC';
  const name = `Distribution of ${column.column}, real and synthetic, share of rows per ${numeric ? 'range' : 'category'}`;
  if (rows.length === 0) {
    return <Text c="dimmed">No distribution was recorded for {column.column}.</Text>;
  }
  return (
    <Stack gap="xs">
      <div role="img" aria-label={name}>
        <BarChart
          h={280}
          data={rows}
          dataKey="label"
          series={SERIES}
          valueFormatter={shareFormat}
          withLegend
          barChartProps={{ barCategoryGap: numeric ? 1 : '15%' }}
          xAxisProps={{ interval: 'preserveStartEnd', angle: rows.length > 8 ? -30 : 0, textAnchor: 'end', height: 60 }}
          yAxisProps={{ width: 56 }}
        />
      </div>
      <Button variant="subtle" size="compact-sm" onClick={toggle} aria-expanded={tableShown} w="fit-content">
        {tableShown ? 'Hide the numbers' : 'Show the numbers'}
      </Button>
      {tableShown && (
        <Table.ScrollContainer minWidth={320} maxHeight={320}>
          <Table striped>
            <Table.Caption>{name}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{numeric ? 'Range' : 'Category'}</Table.Th>
                <Table.Th scope="col">Real</Table.Th>
                <Table.Th scope="col">Synthetic</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.label}>
                  <Table.Td>{row.label}</Table.Td>
                  <Table.Td>{formatPercent(row.real)}</Table.Td>
                  <Table.Td>{formatPercent(row.synthetic)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
