import { BarChart, BarsList } from '@mantine/charts';
import { Text } from '@mantine/core';

import { formatCount } from '@/lib/format';

import type { FieldProfile } from '../api/seeds-api';
import { columnChartOf } from '../lib/column-chart';

/** The column's most frequent values as bars, or why there are none. */
export function ColumnChartView({ field }: { field: FieldProfile }) {
  const chart = columnChartOf(field);
  if (chart.kind === 'none') {
    return (
      <Text size="xs" c="dimmed">
        {chart.reason}
      </Text>
    );
  }
  const description = chart.bars.map((bar) => `${bar.name}: ${formatCount(bar.value)}`).join(', ');
  const others =
    chart.otherRows > 0 ? (
      <Text size="xs" c="dimmed">
        {formatCount(chart.otherRows)} more rows hold other values.
      </Text>
    ) : null;
  if (chart.kind === 'categories') {
    return (
      <>
        <BarsList
          role="figure"
          aria-label={`Most frequent values of ${field.name}`}
          data={chart.bars}
          valueFormatter={formatCount}
          barHeight={22}
          barGap={4}
          minBarSize={40}
          barColor="indigo.1"
          barTextColor="dark.7"
        />
        {others}
      </>
    );
  }
  return (
    <>
      <div role="img" aria-label={`Most frequent values of ${field.name}, in value order: ${description}`}>
        <BarChart
          h={120}
          data={chart.bars.map((bar) => ({ value: bar.name, rows: bar.value }))}
          dataKey="value"
          series={[{ name: 'rows', color: 'indigo.5' }]}
          withYAxis={false}
          gridAxis="none"
          tickLine="none"
          valueFormatter={formatCount}
        />
      </div>
      {others}
    </>
  );
}
