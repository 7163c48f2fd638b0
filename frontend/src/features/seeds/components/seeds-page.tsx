import { Card, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';

import { useSeedPage } from '../hooks/use-seeds';
import { SeedTable } from './seed-table';
import { SeedUpload } from './seed-upload';

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
    <Stack gap="lg">
      <PageHeader
        title="Seeds"
        description="Real data the engine learns from: upload a file, review what was detected in each column, and turn it into a schema."
      />
      <SeedUpload onUploaded={(seed) => void navigate(`/seeds/${seed.id}`)} />
      <Card component="section" aria-labelledby="seed-list-heading">
        <Title order={2} size="h4" id="seed-list-heading" mb="sm">
          Uploaded seeds
        </Title>
        <QueryState query={seeds} label="Loading seeds…">
          {({ content, page: current }) =>
            content.length === 0 && current.number === 0 ? (
              <EmptyState title="No seeds yet">Upload a CSV, JSON or XLSX file above to profile it.</EmptyState>
            ) : (
              <>
                <SeedTable seeds={content} />
                <Pagination
                  label="Seed pages"
                  page={current.number}
                  totalPages={current.totalPages}
                  onChange={setPage}
                />
              </>
            )
          }
        </QueryState>
      </Card>
    </Stack>
  );
}
