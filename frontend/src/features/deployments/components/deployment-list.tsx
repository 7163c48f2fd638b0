import { Anchor, Table, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { Pagination } from '@/components/pagination';
import { QueryState } from '@/components/query-state';
import { formatCount } from '@/lib/format';

import type { Deployment } from '../api/deployments-api';
import { useDeploymentPage } from '../hooks/use-deployments';
import { DeploymentStatus } from './deployment-status';

function DeploymentRows({ deployments }: { deployments: Deployment[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <caption>
          <VisuallyHidden>Deployments</VisuallyHidden>
        </caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Schema</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Rows a day</Table.Th>
            <Table.Th scope="col">Batches</Table.Th>
            <Table.Th scope="col">Starts</Table.Th>
            <Table.Th scope="col">Format</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {deployments.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
                <EmptyState title="No deployments yet.">
                  Deploy a schema to get a batch of its rows every day: press “New deployment”.
                </EmptyState>
              </Table.Td>
            </Table.Tr>
          )}
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
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
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
