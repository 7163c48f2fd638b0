import { Badge, Stack, Table, Text, Title } from '@mantine/core';

import { ListTable } from '@/components/list-table';
import { formatCount } from '@/lib/format';
import { formatScore, scoreColor } from '@/lib/score';

import type { DatasetReport } from '../api/dataset-types';

function Score({ value }: { value: number | null | undefined }) {
  return (
    <Badge variant="light" color={scoreColor(value)} radius="sm">
      {formatScore(value)}
    </Badge>
  );
}

/** The dataset's quality: per table, and per relationship the shape of children per parent and its trends. */
export function DatasetReportView({ report }: { report: DatasetReport }) {
  return (
    <Stack gap="md" component="section" aria-labelledby="dataset-report-heading">
      <Title order={3} size="h5" id="dataset-report-heading">
        Quality report: <Score value={report.quality} />
      </Title>
      <ListTable
        caption="Quality per table"
        columns={['Table', 'Quality', 'Privacy']}
        minWidth={400}
        empty="No tables."
      >
        {Object.entries(report.tables).map(([table, scores]) => (
          <Table.Tr key={table}>
            <Table.Td>{table}</Table.Td>
            <Table.Td>
              <Score value={scores.qualityScore} />
            </Table.Td>
            <Table.Td>
              <Score value={scores.privacyScore} />
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
      <ListTable
        caption="Relationships"
        columns={[
          'Relationship',
          'Children per parent, shape similarity',
          'Dangling keys',
          'Orphans in the seed',
          'Parent–child trends',
        ]}
        minWidth={820}
        empty="No relationships."
      >
        {report.relationships.map((score) => (
          <Table.Tr key={`${score.child}.${score.childKey}`}>
            <Table.Td ff="monospace">
              {score.child}.{score.childKey} → {score.parent}
            </Table.Td>
            <Table.Td>
              <Score value={score.cardinalityShapeSimilarity} />
            </Table.Td>
            <Table.Td ta="right">
              <Text size="sm" fw={score.danglingKeys > 0 ? 700 : 400} c={score.danglingKeys > 0 ? 'red.8' : undefined}>
                {formatCount(score.danglingKeys)}
              </Text>
            </Table.Td>
            <Table.Td ta="right">{formatCount(score.orphanRowsInSeed)}</Table.Td>
            <Table.Td>
              {score.trends.length === 0
                ? '—'
                : score.trends.map((trend) => (
                    <Text key={`${trend.parentColumn}:${trend.childColumn}`} size="sm">
                      {trend.parentColumn} × {trend.childColumn}: real {trend.real.toFixed(2)}, synthetic{' '}
                      {trend.synthetic.toFixed(2)} ({formatScore(trend.similarity)} similar)
                    </Text>
                  ))}
            </Table.Td>
          </Table.Tr>
        ))}
      </ListTable>
    </Stack>
  );
}
