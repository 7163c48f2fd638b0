import { Card, Text, Title } from '@mantine/core';

import { QueryState } from '@/components/query-state';
import { formatBytes } from '@/lib/format';

import { useQuota } from '../hooks/use-generation';

/** The limits the tenant works under, as the API states them. */
export function TenantLimits() {
  const quota = useQuota();
  return (
    <Card component="section" aria-labelledby="limits-heading">
      <Title order={2} size="h3" id="limits-heading" mb="xs">
        Limits
      </Title>
      <QueryState query={quota} label="Loading limits…">
        {(data) => (
          <dl style={{ margin: 0 }}>
            <Text component="dt" size="xs" c="dimmed">
              Largest seed upload
            </Text>
            <Text component="dd" m={0} fw={600}>
              {formatBytes(data.maxSeedBytes)}
              {data.custom ? ' (set for your organisation)' : ''}
            </Text>
          </dl>
        )}
      </QueryState>
    </Card>
  );
}
