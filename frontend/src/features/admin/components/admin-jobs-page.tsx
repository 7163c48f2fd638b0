import { Card, Code, Table, Text } from '@mantine/core';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';
import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { StatusBadge } from '@/components/status-badge';
import { formatCount, formatTimestamp } from '@/lib/format';

import type { AdminJob } from '../api/admin-api';
import { useJobs } from '../hooks/use-admin';
import { CancelAdminJobButton } from './cancel-admin-job-button';

const COLUMNS = ['Tenant', 'Kind', 'Status', 'Rows', 'Created', 'Started', 'Instance', 'Actions'];
function rowsOf(job: AdminJob): string {
  if (job.rows === null) {
    return '—';
  }
  return job.rowsWritten === null
    ? formatCount(job.rows)
    : `${formatCount(job.rowsWritten)} of ${formatCount(job.rows)}`;
}

function JobRow({ job }: { job: AdminJob }) {
  return (
    <Table.Tr>
      <Table.Td>{job.tenantId}</Table.Td>
      <Table.Td>{job.kind}</Table.Td>
      <Table.Td>
        <StatusBadge status={job.status} />
      </Table.Td>
      <Table.Td>{rowsOf(job)}</Table.Td>
      <Table.Td>{formatTimestamp(job.createdAt)}</Table.Td>
      <Table.Td>{job.startedAt ? formatTimestamp(job.startedAt) : 'Not yet'}</Table.Td>
      <Table.Td>{job.instanceId ? <Code>{job.instanceId}</Code> : '—'}</Table.Td>
      <Table.Td>
        {CANCELLABLE.has(job.kind) ? (
          <CancelAdminJobButton job={job} />
        ) : (
          // training has no way to stop a run part-way; the server refuses to cancel one
          <Text size="xs" c="dimmed">
            Ends on its own
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Generation jobs stop between chunks; a training run has no point to stop at. */
const CANCELLABLE = new Set<string>(['generation', 'dataset_generation']);

/** Every tenant's running and queued jobs, read every 2 s: what and where, never the data. */
export function AdminJobsPage() {
  const jobs = useJobs();
  return (
    <>
      <PageHeader
        title="Jobs of all tenants"
        description="Training and generation jobs running or queued now, on every instance. Only what they are is shown, never their data."
      />
      <Card p={0}>
        <QueryState query={jobs} label="Loading jobs…">
          {(data) => (
            <ListTable
              caption="Running and queued jobs"
              columns={COLUMNS}
              minWidth={960}
              empty={<EmptyState title="No job is running or queued." />}
            >
              {data.map((job) => (
                <JobRow key={job.id} job={job} />
              ))}
            </ListTable>
          )}
        </QueryState>
      </Card>
    </>
  );
}
