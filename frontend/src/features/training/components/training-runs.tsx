import { useState } from 'react';

import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';

import { useSeedChoices, useTrainingRunPage } from '../hooks/use-training';
import { TrainingRunsTable } from './training-runs-table';

/** A page at a time of a schema's training runs, newest first. */
export function TrainingRuns({ schemaId }: { schemaId: string }) {
  const [page, setPage] = useState(0);
  const runs = useTrainingRunPage(schemaId, page);
  const seeds = useSeedChoices();
  if (runs.isPending) {
    return <p role="status">Loading training runs…</p>;
  }
  if (runs.isError) {
    return <ProblemAlert error={runs.error} />;
  }
  return (
    <>
      <TrainingRunsTable runs={runs.data.content} seeds={seeds.data ?? []} />
      <Pagination
        label="Training run pages"
        page={runs.data.page.number}
        totalPages={runs.data.page.totalPages}
        onChange={setPage}
      />
    </>
  );
}
