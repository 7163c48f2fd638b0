import { Anchor, Button, Card, SimpleGrid, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { QueryState } from '@/components/query-state';
import { formatDuration, formatTimestamp } from '@/lib/format';

import type { GenerationJob } from '../api/generation-api';
import { useDashboardJobs } from '../hooks/use-generation';
import { formatRowsWritten, isFinished } from '../lib/job-progress';
import { formatScore } from '@/lib/score';
import { LiveJobCard } from './live-job-card';
import { StatusBadge } from '@/components/status-badge';

/** How many finished jobs the dashboard lists; the Jobs page has them all. */
const RECENT_JOBS = 8;

function ActiveJobs({ jobs }: { jobs: GenerationJob[] }) {
  return (
    <section aria-labelledby="active-jobs-heading">
      <Title order={2} size="h3" id="active-jobs-heading" mb="sm">
        Running and queued
      </Title>
      {jobs.length === 0 ? (
        <Card>
          <EmptyState title="No job is running.">
            Start one from a schema&rsquo;s page, or from a ready dataset in the{' '}
            <Anchor component={Link} to="/templates">
              template gallery
            </Anchor>
            : it shows here live, with its speed and scores.
          </EmptyState>
        </Card>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
          {jobs.map((job) => (
            <LiveJobCard key={job.id} job={job} />
          ))}
        </SimpleGrid>
      )}
    </section>
  );
}

function RecentJobs({ jobs }: { jobs: GenerationJob[] }) {
  return (
    <section aria-labelledby="recent-jobs-heading">
      <Title order={2} size="h3" id="recent-jobs-heading" mb="sm">
        Recently finished
      </Title>
      <Card p={0}>
        {jobs.length === 0 ? (
          <EmptyState title="No finished job yet.">Finished jobs show here with their scores.</EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table>
              <caption>
                <VisuallyHidden>Recently finished jobs</VisuallyHidden>
              </caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Schema</Table.Th>
                  <Table.Th scope="col">Status</Table.Th>
                  <Table.Th scope="col">Rows</Table.Th>
                  <Table.Th scope="col">Quality</Table.Th>
                  <Table.Th scope="col">Privacy</Table.Th>
                  <Table.Th scope="col">Duration</Table.Th>
                  <Table.Th scope="col">Finished</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {jobs.map((job) => (
                  <Table.Tr key={job.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/jobs/${job.id}`}>
                        {job.schemaName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <StatusBadge status={job.status} />
                    </Table.Td>
                    <Table.Td>{formatRowsWritten(job)}</Table.Td>
                    <Table.Td>{formatScore(job.qualityScore)}</Table.Td>
                    <Table.Td>{formatScore(job.privacyScore)}</Table.Td>
                    <Table.Td>{job.generationTime === null ? '—' : formatDuration(job.generationTime)}</Table.Td>
                    <Table.Td>{job.finishedAt ? formatTimestamp(job.finishedAt) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      <Button component={Link} to="/jobs" variant="subtle" mt="xs">
        All jobs
      </Button>
    </section>
  );
}

/** What a new tenant sees before any job: the two steps to the first one. */
function FirstSteps() {
  return (
    <Card component="section" aria-labelledby="first-steps-heading">
      <Title order={2} size="h3" id="first-steps-heading" mb="xs">
        Make your first synthetic dataset
      </Title>
      <Text size="sm" mb="md">
        1. Upload a seed: a CSV, JSON or Excel file of real data for the model to learn from. 2. Create a schema from it
        (or design one from scratch), train, and generate: the job shows here while it runs.
      </Text>
      <Button component={Link} to="/seeds" mr="sm">
        Upload a seed
      </Button>
      <Button component={Link} to="/schemas" variant="light">
        Design a schema
      </Button>
    </Card>
  );
}

/** The tenant's jobs as the dashboard shows them: every unfinished one live, then the latest finished ones. */
export function DashboardJobs() {
  const jobs = useDashboardJobs();
  return (
    <QueryState query={jobs} label="Loading jobs…">
      {(data) =>
        data.content.length === 0 ? (
          <FirstSteps />
        ) : (
          <>
            <ActiveJobs jobs={data.content.filter((job) => !isFinished(job))} />
            <RecentJobs jobs={data.content.filter(isFinished).slice(0, RECENT_JOBS)} />
          </>
        )
      }
    </QueryState>
  );
}
