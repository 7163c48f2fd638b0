import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';

import { LiveProgressCard } from '@/components/live-progress-card';
import { ManifestCard } from '@/components/manifest-card';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { StatusBadge } from '@/components/status-badge';
import { formatCount } from '@/lib/format';

import type { DatasetJob } from '../api/dataset-types';
import { useCancelDatasetJob, useDownloadDataset } from '../hooks/use-datasets';
import { useDatasetJob, useDatasetManifest } from '../hooks/use-dataset-job';
import { isRunFinished, progressFromDatasetJob } from '../lib/dataset-runs';
import { DatasetReportView } from './dataset-report';

/** One dataset job: live while it runs, then its report and its files. */
export function DatasetJobView({ jobId }: { jobId: string }) {
  const { job, progress } = useDatasetJob(jobId);
  const cancel = useCancelDatasetJob(jobId);
  return (
    <Card component="section" aria-labelledby="dataset-job-heading">
      <QueryState query={job} label="Loading the job…">
        {(data) => (
          <Stack gap="md">
            <Group justify="space-between">
              <Title order={2} size="h4" id="dataset-job-heading">
                Job {data.id.slice(0, 8)}
              </Title>
              <Group gap="xs">
                <StatusBadge status={data.status} />
                {!isRunFinished(data) && (
                  <Button variant="subtle" color="red" size="compact-sm" onClick={() => cancel.mutate()}>
                    Cancel job
                  </Button>
                )}
              </Group>
            </Group>
            {!isRunFinished(data) && (
              <LiveProgressCard
                name="Dataset"
                href="#dataset-job-heading"
                status={data.status}
                progress={progress ?? progressFromDatasetJob(data)}
                followed={progress}
              />
            )}
            {data.error && <ProblemAlert error={new Error(data.error)} />}
            {cancel.isError && <ProblemAlert error={cancel.error} />}
            {data.status === 'COMPLETED' && <Downloads job={data} />}
            {data.status === 'COMPLETED' && <DatasetManifest jobId={data.id} />}
            {data.report && <DatasetReportView report={data.report} />}
          </Stack>
        )}
      </QueryState>
    </Card>
  );
}

function DatasetManifest({ jobId }: { jobId: string }) {
  return <ManifestCard check={useDatasetManifest(jobId)} jobId={jobId} />;
}

function Downloads({ job }: { job: DatasetJob }) {
  const download = useDownloadDataset(job.id);
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <Button
          onClick={() => download.mutate(undefined)}
          loading={download.isPending && download.variables === undefined}
        >
          Download all tables
        </Button>
        {Object.entries(job.rowsPerTable).map(([table, rows]) => (
          <Button
            key={table}
            variant="default"
            onClick={() => download.mutate(table)}
            loading={download.isPending && download.variables === table}
            aria-label={`Download ${table} (${formatCount(rows)} rows)`}
          >
            {table}
          </Button>
        ))}
      </Group>
      <Text size="sm" c="dimmed">
        {Object.entries(job.rowsPerTable)
          .map(([table, rows]) => `${table}: ${formatCount(rows)} rows`)
          .join(' · ')}
      </Text>
      {download.isError && <ProblemAlert error={download.error} />}
    </Stack>
  );
}
