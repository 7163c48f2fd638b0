import { Anchor, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { StatusBadge } from '@/components/status-badge';
import { formatCount, formatDuration, formatTimestamp } from '@/lib/format';

import type { Seed, TrainingRun } from '../api/training-api';

interface TrainingRunsTableProps {
  runs: TrainingRun[];
  /** The seeds the train form offers; a run's seed is named after its file when it is among them. */
  seeds: Pick<Seed, 'id' | 'fileName'>[];
}

const EPSILON_FORMAT = new Intl.NumberFormat(undefined, { maximumFractionDigits: 3 });

function durationOf(run: TrainingRun): string {
  if (run.startedAt === null || run.finishedAt === null) {
    return '—';
  }
  return formatDuration((Date.parse(run.finishedAt) - Date.parse(run.startedAt)) / 1000);
}

function RunStatus({ run }: { run: TrainingRun }) {
  const badge = <StatusBadge status={run.status} />;
  return run.error === null ? badge : <Tooltip label={run.error}>{badge}</Tooltip>;
}

export function TrainingRunsTable({ runs, seeds }: TrainingRunsTableProps) {
  const fileNames = new Map(seeds.map((seed) => [seed.id, seed.fileName]));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table>
        <caption className="visually-hidden">Training runs</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Created</Table.Th>
            <Table.Th scope="col">Seed</Table.Th>
            <Table.Th scope="col">Presets</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col" ta="right">
              Training rows
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Epsilon spent
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Duration
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={7}>
                <EmptyState title="No training runs yet.">Train the schema on a seed to generate from it.</EmptyState>
              </Table.Td>
            </Table.Tr>
          )}
          {runs.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td>
                <time dateTime={run.createdAt}>{formatTimestamp(run.createdAt)}</time>
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/seeds/${run.seedId}`}>
                  {fileNames.get(run.seedId) ?? 'Seed'}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  quality {run.quality}, privacy {run.privacy}
                </Text>
              </Table.Td>
              <Table.Td>
                <RunStatus run={run} />
              </Table.Td>
              <Table.Td ta="right">{run.trainingRows === null ? '—' : formatCount(run.trainingRows)}</Table.Td>
              <Table.Td ta="right">
                {run.epsilonSpent === null ? '—' : EPSILON_FORMAT.format(run.epsilonSpent)}
              </Table.Td>
              <Table.Td ta="right">{durationOf(run)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
