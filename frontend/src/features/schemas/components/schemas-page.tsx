import { useState } from 'react';

import { Pagination } from '@/components/pagination';
import { ProblemAlert } from '@/components/problem-alert';

import { useSchemaPage } from '../hooks/use-schemas';
import { CreateSchemaForm } from './create-schema-form';
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
    <section aria-labelledby="schemas-heading" className="schemas-page">
      <h1 id="schemas-heading">Schemas</h1>
      {schemas.isPending && <p role="status">Loading schemas…</p>}
      {schemas.isError && <ProblemAlert error={schemas.error} />}
      {schemas.data && (
        <>
          <SchemaTable schemas={schemas.data.content} />
          <Pagination
            label="Schema pages"
            page={schemas.data.page.number}
            totalPages={schemas.data.page.totalPages}
            onChange={setPage}
          />
        </>
      )}
      {/* Newest first: a created schema shows at the top of the first page. */}
      <CreateSchemaForm onCreated={() => setPage(0)} />
    </section>
  );
}
