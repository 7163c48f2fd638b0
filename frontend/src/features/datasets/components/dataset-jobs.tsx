import { Button, Card, Table, Title } from '@mantine/core';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';
import { QueryState } from '@/components/query-state';
import { StatusBadge } from '@/components/status-badge';
import { formatCount, formatTimestamp } from '@/lib/format';

import { useDatasetJobs } from '../hooks/use-datasets';
import { totalRows } from '../lib/dataset-runs';

interface DatasetJobsProps {
  datasetId: string;
  /** The job whose view is open below the list. */
  shown: string | undefined;
  onShow: (jobId: string) => void;
}

/** The dataset's generation jobs, newest first; one is opened below to follow it or download its tables. */
export function DatasetJobs({ datasetId, shown, onShow }: DatasetJobsProps) {
  const jobs = useDatasetJobs(datasetId);
  return (
    <Card component="section" aria-labelledby="dataset-jobs-heading" padding={0}>
      <Title order={2} size="h4" id="dataset-jobs-heading" p="lg" pb={0}>
        Jobs
      </Title>
      <QueryState query={jobs} label="Loading jobs…">
        {(data) => (
          <ListTable
            caption="Dataset jobs"
            columns={['Started', 'Status', 'Format', 'Rows', 'Actions']}
            minWidth={560}
            empty={<EmptyState title="No jobs yet.">Generate the dataset to start one.</EmptyState>}
          >
            {data.map((job) => (
              <Table.Tr key={job.id}>
                <Table.Td>
                  <time dateTime={job.createdAt}>{formatTimestamp(job.createdAt)}</time>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={job.status} />
                </Table.Td>
                <Table.Td>{job.format}</Table.Td>
                <Table.Td ta="right">{formatCount(totalRows(job))}</Table.Td>
                <Table.Td>
                  <Button
                    variant="subtle"
                    size="compact-sm"
                    onClick={() => onShow(job.id)}
                    disabled={job.id === shown}
                    aria-label={`Open the job started ${formatTimestamp(job.createdAt)}`}
                  >
                    {job.id === shown ? 'Open' : 'Open below'}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </ListTable>
        )}
      </QueryState>
    </Card>
  );
}
