import { Alert, Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import type { JobProgress } from '@/lib/follow-job-events';
import { formatCount, formatDuration, formatPercent, formatTimestamp } from '@/lib/format';
import type { Following } from '@/lib/use-followed-job';

import type { GenerationJob, GenerationStatus } from '../api/generation-api';
import { useJobProgress } from '../hooks/use-job-progress';
import { isFinished, progressFromJob, rowsWrittenOf } from '../lib/job-progress';
import { CancelJobButton } from './cancel-job-button';
import { DownloadButton } from './download-button';
import { JobManifest } from './job-manifest';
import { JobProgressCard } from './job-progress-card';
import { JobScores } from './job-scores';
import { QualityReport } from './quality-report';
import { SeedValue } from '@/components/seed-value';
import { StatusBadge } from '@/components/status-badge';

const FINAL_PHASES: Record<string, GenerationStatus> = {
  completed: 'COMPLETED',
  failed: 'FAILED',
  cancelled: 'CANCELLED',
};

/** The status to show: the stream's last event may tell the end before the status is read again. */
function shownStatus(job: GenerationJob, progress: JobProgress): GenerationStatus {
  return !isFinished(job) && progress.finished ? (FINAL_PHASES[progress.phase] ?? job.status) : job.status;
}

/** Rows written: live from the stream while running; once ended, what the server counted, never the rows asked for. */
function rowsDoneOf(job: GenerationJob, status: GenerationStatus, progress: JobProgress): number {
  if (status === 'COMPLETED') {
    return job.rows;
  }
  return status === 'CANCELLED' || status === 'FAILED' ? rowsWrittenOf(job) : progress.rowsDone;
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2} miw={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}

function JobFacts({ job, rowsDone }: { job: GenerationJob; rowsDone: number }) {
  const seconds = job.generationTime;
  const rate = seconds !== null && seconds > 0 ? rowsDone / seconds : null;
  return (
    <Card>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 4 }} spacing="md">
        <Fact label="Seed">
          <SeedValue seed={job.seed} />
        </Fact>
        <Fact label="Format">
          <Text>
            {job.format}
            {job.gzip ? ' (gzip)' : ''}
            {job.tableSink ? ', also into the synthetic_data table' : ''}
          </Text>
        </Fact>
        <Fact label="Rows asked for">
          <Text>{formatCount(job.rows)}</Text>
        </Fact>
        <Fact label="Created">
          <Text>
            <time dateTime={job.createdAt}>{formatTimestamp(job.createdAt)}</time>
          </Text>
        </Fact>
        {job.finishedAt && (
          <Fact label="Finished">
            <Text>
              <time dateTime={job.finishedAt}>{formatTimestamp(job.finishedAt)}</time>
            </Text>
          </Fact>
        )}
        {seconds !== null && (
          <Fact label="Generation time">
            <Text>{formatDuration(seconds)}</Text>
          </Fact>
        )}
        {rate !== null && (
          <Fact label="Average speed">
            <Text>{formatCount(rate)} rows/s</Text>
          </Fact>
        )}
        {job.realShare > 0 && (
          <Fact label="Real rows mixed in">
            <Text>{formatPercent(job.realShare * 100)}</Text>
          </Fact>
        )}
        <Fact label="Model">
          <Text>{job.trainingRunId ? 'Trained on a seed' : 'The schema alone'}</Text>
        </Fact>
      </SimpleGrid>
    </Card>
  );
}

interface JobBodyProps {
  job: GenerationJob;
  live: JobProgress | undefined;
  following: Following;
}

function JobBody({ job, live, following }: JobBodyProps) {
  const progress = live ?? progressFromJob(job);
  const status = shownStatus(job, progress);
  const rowsDone = rowsDoneOf(job, status, progress);
  return (
    <Stack gap="lg">
      <PageHeader
        title={
          <Group gap="sm" component="span">
            Generation job <StatusBadge status={status} />
          </Group>
        }
        description={
          <>
            From{' '}
            <Anchor component={Link} underline="always" to={`/schemas/${job.schemaId}`}>
              {job.schemaName}
            </Anchor>
            , version {job.schemaVersion}
          </>
        }
        actions={
          <>
            {status === 'COMPLETED' && <DownloadButton jobId={job.id} />}
            {!isFinished({ status }) && <CancelJobButton jobId={job.id} />}
          </>
        }
      />
      <JobProgressCard progress={progress} rowsDone={rowsDone} following={following} />
      {status === 'FAILED' && (
        <Alert color="red" title="The job failed" role="alert">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {job.error ?? 'The server gave no reason.'}
          </Text>
        </Alert>
      )}
      {status === 'CANCELLED' && (
        <Alert color="orange" title="The job was cancelled">
          It had written {formatCount(rowsDone)} of {formatCount(job.rows)} rows; its partial output was deleted.
        </Alert>
      )}
      {(progress.qualityScore !== null || status === 'COMPLETED') && (
        <Card>
          <JobScores
            qualityScore={progress.qualityScore ?? job.qualityScore}
            privacyScore={progress.privacyScore ?? job.privacyScore}
          />
        </Card>
      )}
      <JobFacts job={job} rowsDone={rowsDone} />
      {status === 'COMPLETED' && <JobManifest jobId={job.id} />}
      {status === 'COMPLETED' && <QualityReport jobId={job.id} />}
    </Stack>
  );
}

/** A generation job: live progress while it runs; scores, download and the quality report once complete. */
export function JobView({ jobId }: { jobId: string }) {
  const { job, progress, following } = useJobProgress(jobId);
  return (
    <QueryState query={job} label="Loading the job…" notFound="job">
      {(data) => <JobBody job={data} live={progress} following={following} />}
    </QueryState>
  );
}

export function JobPage() {
  const { jobId = '' } = useParams();
  // Keyed so that another job's page starts with nothing of this one's progress.
  return <JobView key={jobId} jobId={jobId} />;
}
