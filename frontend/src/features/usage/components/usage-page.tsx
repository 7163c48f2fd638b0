import { Card, Text } from '@mantine/core';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';

import { useUsage } from '../hooks/use-usage';
import { UsageMeters } from './usage-meters';

/** What the organisation has used against each of its limits, and when the counts reset. */
export function UsagePage() {
  const usage = useUsage();
  return (
    <>
      <PageHeader
        title="Usage"
        description="What your organisation has used against its limits. A request over a limit is refused until the count resets or an admin raises the limit."
      />
      <Card>
        <QueryState query={usage} label="Loading usage…">
          {(data) =>
            data.items.length === 0 ? (
              <Text c="dimmed">No limits apply to your organisation.</Text>
            ) : (
              <UsageMeters items={data.items} />
            )
          }
        </QueryState>
      </Card>
    </>
  );
}
