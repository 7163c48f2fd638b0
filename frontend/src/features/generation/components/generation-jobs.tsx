import { useState } from 'react';

import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';

import { useGenerationJobPage } from '../hooks/use-generation';
import { GenerationJobsTable } from './generation-jobs-table';

/** A page at a time of a schema's generation jobs, or of all the tenant's when `schemaId` is undefined. */
export function GenerationJobs({ schemaId }: { schemaId?: string }) {
  const [page, setPage] = useState(0);
  const jobs = useGenerationJobPage(schemaId, page);
  if (jobs.isPending) {
    return <p role="status">Loading generation jobs…</p>;
  }
  if (jobs.isError) {
    return <ProblemAlert error={jobs.error} />;
  }
  return (
    <>
      <GenerationJobsTable jobs={jobs.data.content} showSchema={schemaId === undefined} />
      <Pagination
        label="Generation job pages"
        page={jobs.data.page.number}
        totalPages={jobs.data.page.totalPages}
        onChange={setPage}
      />
    </>
  );
}
