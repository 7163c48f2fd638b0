import { useState } from 'react';
import { useNavigate } from 'react-router';

import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';

import { useSeedPage } from '../hooks/use-seeds';
import { SeedTable } from './seed-table';
import { SeedUploadForm } from './seed-upload-form';

export function SeedsPage() {
  const [page, setPage] = useState(0);
  const seeds = useSeedPage(page);
  const navigate = useNavigate();
  const totalPages = seeds.data?.page.totalPages;

  // As on the schemas page: deleting the last row of the last page steps back a page.
  if (totalPages !== undefined && page > 0 && page >= totalPages) {
    setPage(Math.max(totalPages - 1, 0));
  }

  return (
    <section aria-labelledby="seeds-heading">
      <h1 id="seeds-heading">Seeds</h1>
      <SeedUploadForm onUploaded={(seed) => void navigate(`/seeds/${seed.id}`)} />
      {seeds.isPending && <p role="status">Loading seeds…</p>}
      {seeds.isError && <ProblemAlert error={seeds.error} />}
      {seeds.data && (
        <>
          <SeedTable seeds={seeds.data.content} />
          <Pagination
            label="Seed pages"
            page={seeds.data.page.number}
            totalPages={seeds.data.page.totalPages}
            onChange={setPage}
          />
        </>
      )}
    </section>
  );
}
