import { Anchor, Card, Title } from '@mantine/core';
import { Link } from 'react-router';

import { QueryState } from '@/components/query-state';

import { useUsage } from '../hooks/use-usage';
import { UsageMeters } from './usage-meters';

/** The dashboard's glance at the organisation's usage, with the way to every limit. */
export function UsageSummary() {
  const usage = useUsage();
  return (
    <Card component="section" aria-labelledby="usage-summary-heading">
      <Title order={2} size="h3" id="usage-summary-heading" mb="sm">
        Usage
      </Title>
      <QueryState query={usage} label="Loading usage…">
        {(data) => <UsageMeters items={data.items} compact />}
      </QueryState>
      <Anchor component={Link} to="/usage" size="sm" mt="md" display="inline-block">
        All limits
      </Anchor>
    </Card>
  );
}
