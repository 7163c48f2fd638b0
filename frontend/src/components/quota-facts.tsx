import { Anchor, SimpleGrid, Text } from '@mantine/core';
import { Link, useInRouterContext } from 'react-router';

import type { QuotaProblem } from '@/lib/api-error';
import { formatCount, formatTimestamp } from '@/lib/format';
import { formatAmount, isLimitName, LIMITS } from '@/lib/limits';

function describeLimit(limit: string) {
  if (isLimitName(limit)) {
    const { label, unit } = LIMITS[limit];
    return { label, amount: (value: number) => formatAmount(unit, value) };
  }
  return { label: limit, amount: formatCount };
}

function Fact({ term, children }: { term: string; children: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" size="sm" fw={600} m={0}>
        {children}
      </Text>
    </div>
  );
}

function UsageLink() {
  const text = 'See your usage and limits';
  // the alert also shows outside the router (a failure before it started); a plain link works there
  return useInRouterContext() ? (
    <Anchor component={Link} to="/usage" size="sm">
      {text}
    </Anchor>
  ) : (
    <Anchor href="/usage" size="sm">
      {text}
    </Anchor>
  );
}

/** Which limit a request ran into, how much of it is used, and when it resets, in the reader's locale. */
export function QuotaFacts({ quota }: { quota: QuotaProblem }) {
  const { label, amount } = describeLimit(quota.limit);
  return (
    <>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="xs" verticalSpacing={4} my="xs">
        <Fact term="Limit">{quota.value === undefined ? label : `${label}: ${amount(quota.value)}`}</Fact>
        {quota.usage !== undefined && <Fact term="Used so far">{amount(quota.usage)}</Fact>}
        {/* 0 when the request itself asked for none of it, e.g. an upload refused because storage is full */}
        {quota.requested !== undefined && quota.requested > 0 && (
          <Fact term="This request">{amount(quota.requested)}</Fact>
        )}
        <Fact term="Resets">{quota.resetsAt ? formatTimestamp(quota.resetsAt) : 'Does not reset by itself'}</Fact>
      </SimpleGrid>
      <UsageLink />
    </>
  );
}
