import { Anchor, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { formatCount, formatTimestamp } from '@/lib/format';

import type { Tenant } from '../api/admin-api';
import { useTenant } from '../hooks/use-admin';
import { SuspendTenantButton } from './suspend-tenant-button';
import { TenantStatus } from './tenant-status';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {children}
      </Text>
    </div>
  );
}

function TenantFacts({ tenant }: { tenant: Tenant }) {
  return (
    <Card>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
        <Fact term="Status">
          <TenantStatus status={tenant.status} />
        </Fact>
        <Fact term="Since">
          {formatTimestamp(tenant.createdAt)}
          {/* a tenant registers itself on its first user's call; one an admin created says who */}
          {tenant.createdBy && ` by ${tenant.createdBy}`}
        </Fact>
        <Fact term="Suspended">
          {tenant.suspendedAt ? formatTimestamp(tenant.suspendedAt) : 'No'}
          {tenant.suspendedBy && ` by ${tenant.suspendedBy}`}
        </Fact>
        <Fact term="Jobs">
          {formatCount(tenant.runningJobs)} running, {formatCount(tenant.queuedJobs)} queued
        </Fact>
        <Fact term="Active API keys">{formatCount(tenant.activeKeys)}</Fact>
      </SimpleGrid>
      <Group mt="md" gap="lg">
        <SuspendTenantButton tenant={tenant} />
        <Anchor component={Link} to={`/admin/audit?tenant=${encodeURIComponent(tenant.id)}`} size="sm">
          Its audit trail
        </Anchor>
      </Group>
    </Card>
  );
}

interface TenantOverviewProps {
  tenantId: string;
  /** The rest of the tenant's page, shown once the tenant is known to exist. */
  children: ReactNode;
}

/** A tenant's page for platform admins: its name, state and counts, then what the page adds. */
export function TenantOverview({ tenantId, children }: TenantOverviewProps) {
  const tenant = useTenant(tenantId);
  return (
    <QueryState query={tenant} label="Loading tenant…" notFound="tenant">
      {(data) => (
        <>
          <PageHeader title={data.name} description={`Tenant ${data.id}: its state, usage and limits.`} />
          <Stack gap="lg">
            <TenantFacts tenant={data} />
            {children}
          </Stack>
        </>
      )}
    </QueryState>
  );
}
