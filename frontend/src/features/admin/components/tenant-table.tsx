import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { EmptyState } from '@/components/empty-state';
import { ListTable } from '@/components/list-table';
import { QueryState } from '@/components/query-state';
import { formatBytes, formatCompactCount, formatCount, formatTimestamp } from '@/lib/format';

import type { Tenant } from '../api/admin-api';
import { useTenants } from '../hooks/use-admin';
import { SuspendTenantButton } from './suspend-tenant-button';
import { TenantStatus } from './tenant-status';

const COLUMNS = [
  'Tenant',
  'Status',
  'Rows today',
  'Rows this month',
  'Storage',
  'Jobs',
  'API keys',
  'Since',
  'Actions',
];

function TenantRow({ tenant }: { tenant: Tenant }) {
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/admin/tenants/${encodeURIComponent(tenant.id)}`} fw={600}>
          {tenant.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {tenant.id}
        </Text>
      </Table.Td>
      <Table.Td>
        <TenantStatus status={tenant.status} />
      </Table.Td>
      <Table.Td>{formatCompactCount(tenant.rowsToday)}</Table.Td>
      <Table.Td>{formatCompactCount(tenant.rowsThisMonth)}</Table.Td>
      <Table.Td>{formatBytes(tenant.storageBytes)}</Table.Td>
      <Table.Td>
        {formatCount(tenant.runningJobs)} running
        {tenant.queuedJobs > 0 && `, ${formatCount(tenant.queuedJobs)} queued`}
      </Table.Td>
      <Table.Td>{formatCount(tenant.activeKeys)}</Table.Td>
      <Table.Td>{formatTimestamp(tenant.createdAt)}</Table.Td>
      <Table.Td>
        <SuspendTenantButton tenant={tenant} />
      </Table.Td>
    </Table.Tr>
  );
}

/** Every tenant with what it uses now. */
export function TenantTable() {
  const tenants = useTenants();
  return (
    <QueryState query={tenants} label="Loading tenants…">
      {(data) => (
        <ListTable
          caption="Tenants"
          columns={COLUMNS}
          minWidth={1040}
          empty={<EmptyState title="No tenants yet.">Press “New tenant” to register one.</EmptyState>}
        >
          {data.map((tenant) => (
            <TenantRow key={tenant.id} tenant={tenant} />
          ))}
        </ListTable>
      )}
    </QueryState>
  );
}
