import { Button, Card } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';

import { useSchemaPage } from '../hooks/use-schemas';
import { SchemaTable } from './schema-table';

export function SchemasPage() {
  const [page, setPage] = useState(0);
  const schemas = useSchemaPage(page);
  const totalPages = schemas.data?.page.totalPages;

  // Deleting the last row of the last page leaves the user past the end: step back. Done while
  // rendering, as React advises for state derived from props or data, rather than in an effect.
  if (totalPages !== undefined && page > 0 && page >= totalPages) {
    setPage(Math.max(totalPages - 1, 0));
  }

  return (
    <>
      <PageHeader
        title="Schemas"
        description="What to generate: fields with their constraints and models, volume and privacy. Each save makes a new version."
        actions={
          <Button component={Link} to="/schemas/new">
            New schema
          </Button>
        }
      />
      <QueryState query={schemas} label="Loading schemas…">
        {(data) => (
          <Card padding={0}>
            <SchemaTable schemas={data.content} />
            {data.page.totalPages > 1 && (
              <Card.Section px="md" withBorder>
                <Pagination
                  label="Schema pages"
                  page={data.page.number}
                  totalPages={data.page.totalPages}
                  onChange={setPage}
                />
              </Card.Section>
            )}
          </Card>
        )}
      </QueryState>
    </>
  );
}
