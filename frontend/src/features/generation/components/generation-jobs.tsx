import { Anchor, Card, Group, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';

import { useGenerationJobPage } from '../hooks/use-generation';
import { GenerationJobsTable } from './generation-jobs-table';

interface GenerationJobsProps {
  /** A schema's jobs; all the tenant's when undefined. */
  schemaId?: string;
  /** On a schema's page: a "Generation jobs" heading, and a way to deploy the schema as daily batches. */
  withHeading?: boolean;
}

/** A page at a time of a schema's generation jobs, or of all the tenant's when `schemaId` is undefined. */
export function GenerationJobs({ schemaId, withHeading = false }: GenerationJobsProps) {
  const [page, setPage] = useState(0);
  const jobs = useGenerationJobPage(schemaId, page);
  const list = (
    <QueryState query={jobs} label="Loading generation jobs…">
      {(data) => (
        <>
          <GenerationJobsTable jobs={data.content} showSchema={schemaId === undefined} />
          {data.page.totalPages > 1 && (
            <Pagination
              label="Generation job pages"
              page={data.page.number}
              totalPages={data.page.totalPages}
              onChange={setPage}
            />
          )}
        </>
      )}
    </QueryState>
  );
  if (!withHeading) {
    return list;
  }
  return (
    <Card component="section" aria-labelledby="generation-jobs-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="generation-jobs-heading">
          Generation jobs
        </Title>
        {schemaId !== undefined && (
          <Anchor component={Link} to={`/deployments?schema=${schemaId}`} size="sm">
            Deploy as daily batches
          </Anchor>
        )}
      </Group>
      {list}
    </Card>
  );
}
