import { useState } from 'react';

import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';

import { useSeedChoices, useTrainingRunPage } from '../hooks/use-training';
import { TrainingRunsTable } from './training-runs-table';

/** A page at a time of a schema's training runs, newest first. */
export function TrainingRuns({ schemaId }: { schemaId: string }) {
  const [page, setPage] = useState(0);
  const runs = useTrainingRunPage(schemaId, page);
  const seeds = useSeedChoices();
  return (
    <QueryState query={runs} label="Loading training runs…">
      {({ content, page: current }) => (
        <>
          <TrainingRunsTable runs={content} seeds={seeds.data ?? []} />
          <Pagination
            label="Training run pages"
            page={current.number}
            totalPages={current.totalPages}
            onChange={setPage}
          />
        </>
      )}
    </QueryState>
  );
}
