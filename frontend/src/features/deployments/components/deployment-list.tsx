import { Anchor, Table } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';
import { formatCount } from '@/lib/format';

import type { Deployment } from '../api/deployments-api';
import { useDeploymentPage } from '../hooks/use-deployments';
import { DeploymentStatus } from './deployment-status';

const COLUMNS = ['Schema', 'Status', 'Rows a day', 'Batches', 'Starts', 'Format'];

function DeploymentRows({ deployments }: { deployments: Deployment[] }) {
  return (
    <ListTable
      caption="Deployments"
      columns={COLUMNS}
      minWidth={720}
      empty={
        <EmptyState title="No deployments yet.">
          Deploy a schema to get a batch of its rows every day: press “New deployment”.
        </EmptyState>
      }
    >
      {deployments.map((deployment) => (
        <Table.Tr key={deployment.id}>
          <Table.Td>
            <Anchor component={Link} to={`/deployments/${deployment.id}`}>
              {deployment.schemaName}
            </Anchor>
          </Table.Td>
          <Table.Td>
            <DeploymentStatus status={deployment.status} />
          </Table.Td>
          <Table.Td>{formatCount(deployment.recordsPerDay)}</Table.Td>
          <Table.Td>
            {deployment.batches.length} of {deployment.days}
          </Table.Td>
          <Table.Td>{deployment.startDate}</Table.Td>
          <Table.Td>{deployment.gzip ? `${deployment.format} (gzip)` : deployment.format}</Table.Td>
        </Table.Tr>
      ))}
    </ListTable>
  );
}

/** The tenant's deployments, newest first, a page at a time. */
export function DeploymentList() {
  const [page, setPage] = useState(0);
  const deployments = useDeploymentPage(page);
  return (
    <QueryState query={deployments} label="Loading deployments…">
      {(data) => (
        <>
          <DeploymentRows deployments={data.content} />
          {data.page.totalPages > 1 && (
            <Pagination
              label="Deployment pages"
              page={data.page.number}
              totalPages={data.page.totalPages}
              onChange={setPage}
            />
          )}
        </>
      )}
    </QueryState>
  );
}
