import { Anchor, Button, Card, Table } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';
import { PageHeader } from '@/components/page-header';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';
import { formatTimestamp } from '@/lib/format';

import { useDatasetPage } from '../hooks/use-datasets';
import { FromSeedsPanel } from './from-seeds-panel';

/** The tenant's datasets, newest change first, and the way to make one from several seed files. */
export function DatasetsPage() {
  const [page, setPage] = useState(0);
  const [fromSeeds, setFromSeeds] = useState(false);
  const datasets = useDatasetPage(page);
  return (
    <>
      <PageHeader
        title="Datasets"
        description="Several tables linked by foreign keys, generated together with every key intact."
        actions={
          <>
            <Button variant="default" component={Link} to="/templates">
              Start from a template
            </Button>
            <Button onClick={() => setFromSeeds(true)} disabled={fromSeeds}>
              New from seed files
            </Button>
          </>
        }
      />
      {fromSeeds && <FromSeedsPanel onClose={() => setFromSeeds(false)} />}
      <QueryState query={datasets} label="Loading datasets…">
        {(data) => (
          <Card padding={0}>
            <ListTable
              caption="Datasets"
              columns={['Name', 'Domain', 'Tables', 'Relationships', 'Version', 'Last updated']}
              minWidth={720}
              empty={
                <EmptyState title="No datasets yet.">
                  Start from a template, or make one from several seed files with New from seed files.
                </EmptyState>
              }
            >
              {data.content.map((dataset) => (
                <Table.Tr key={dataset.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/datasets/${dataset.id}`} fw={500}>
                      {dataset.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{dataset.domain}</Table.Td>
                  <Table.Td>{dataset.tables.map((table) => table.name).join(', ')}</Table.Td>
                  <Table.Td ta="right">{dataset.relationships.length}</Table.Td>
                  <Table.Td ta="right">{dataset.version}</Table.Td>
                  <Table.Td>
                    <time dateTime={dataset.updatedAt}>{formatTimestamp(dataset.updatedAt)}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </ListTable>
            {data.page.totalPages > 1 && (
              <Card.Section px="md" withBorder>
                <Pagination
                  label="Dataset pages"
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
