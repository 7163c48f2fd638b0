import { Card, Title } from '@mantine/core';

import { QueryState } from '@/components/query-state';

import { useTenantUsage } from '../hooks/use-usage';
import { UsageMeters } from './usage-meters';

/** A tenant's usage against its limits, as a platform admin sees it. */
export function TenantUsage({ tenantId }: { tenantId: string }) {
  const usage = useTenantUsage(tenantId);
  return (
    <Card component="section" aria-labelledby="tenant-usage-heading">
      <Title order={2} size="h3" id="tenant-usage-heading" mb="sm">
        Usage
      </Title>
      <QueryState query={usage} label="Loading usage…">
        {(data) => <UsageMeters items={data.items} />}
      </QueryState>
    </Card>
  );
}
