import { Anchor, Table } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';
import { formatDuration, formatTimestamp } from '@/lib/format';

import type { GenerationJob } from '../api/generation-api';
import { formatRowsWritten } from '../lib/job-progress';
import { formatScore } from '@/lib/score';
import { StatusBadge } from '@/components/status-badge';

interface GenerationJobsTableProps {
  jobs: GenerationJob[];
  /** Whether to link each job's schema: the tenant-wide list needs it, a schema's own page does not. */
  showSchema: boolean;
}

/** Newest first; scores show as soon as a job has them, which may be before it completes. */
export function GenerationJobsTable({ jobs, showSchema }: GenerationJobsTableProps) {
  const columns = [
    'Created',
    ...(showSchema ? ['Schema'] : []),
    'Status',
    'Rows',
    'Format',
    'Quality',
    'Privacy',
    'Duration',
  ];
  return (
    <ListTable
      caption="Generation jobs"
      columns={columns}
      minWidth={720}
      empty={
        <EmptyState title="No generation jobs yet.">
          Train a model on a seed, then generate from the schema&rsquo;s page.
        </EmptyState>
      }
    >
      {jobs.map((job) => (
        <Table.Tr key={job.id}>
          <Table.Td>
            <Anchor component={Link} to={`/jobs/${job.id}`}>
              <time dateTime={job.createdAt}>{formatTimestamp(job.createdAt)}</time>
            </Anchor>
          </Table.Td>
          {showSchema && (
            <Table.Td>
              <Anchor component={Link} to={`/schemas/${job.schemaId}`}>
                {job.schemaName}
              </Anchor>
            </Table.Td>
          )}
          <Table.Td>
            <StatusBadge status={job.status} />
          </Table.Td>
          <Table.Td>{formatRowsWritten(job)}</Table.Td>
          <Table.Td>{job.gzip ? `${job.format} (gzip)` : job.format}</Table.Td>
          <Table.Td>{formatScore(job.qualityScore)}</Table.Td>
          <Table.Td>{formatScore(job.privacyScore)}</Table.Td>
          <Table.Td>{job.generationTime === null ? '—' : formatDuration(job.generationTime)}</Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}
