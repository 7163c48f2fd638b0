import { Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useId } from 'react';

import { formatPercent, formatTimestamp } from '@/lib/format';
import { formatAmount } from '@/lib/limits';

import type { UsageItem } from '../api/usage-api';
import { isMetered, levelOf, percentUsed, type MeteredItem } from '../lib/usage-level';

function UsageBar({ item }: { item: MeteredItem }) {
  const percent = percentUsed(item);
  const level = levelOf(percent);
  const amounts = `${formatAmount(item.unit, item.used)} of ${formatAmount(item.unit, item.value)}`;
  const notes = [
    `${formatPercent(percent)} used`,
    level.words,
    item.resetsAt && `resets ${formatTimestamp(item.resetsAt)}`,
  ];
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {item.label}
        </Text>
        <Text size="sm">{amounts}</Text>
      </Group>
      <Progress.Root
        size="lg"
        role="progressbar"
        aria-label={item.label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(percent)}
        aria-valuetext={amounts}
      >
        <Progress.Section value={percent} color={level.color} withAria={false} />
      </Progress.Root>
      <Text size="xs" c="dimmed">
        {notes.filter(Boolean).join(' · ')}
      </Text>
    </Stack>
  );
}

function PlainLimits({ items }: { items: UsageItem[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Text id={headingId} size="sm" fw={600} mb="xs">
        Other limits
      </Text>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2, md: 4 }} spacing="md" m={0}>
        {items.map((item) => (
          <PlainLimit key={item.limit} item={item} />
        ))}
      </SimpleGrid>
    </section>
  );
}

function PlainLimit({ item }: { item: UsageItem }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {item.label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {formatAmount(item.unit, item.value)}
      </Text>
    </div>
  );
}

interface UsageMetersProps {
  items: UsageItem[];
  /** Only the bars, in one column: the dashboard's summary. */
  compact?: boolean;
}

/** Bars for what is used up against a limit; plain figures for caps on one job, one upload, and rates. */
export function UsageMeters({ items, compact = false }: UsageMetersProps) {
  const metered = items.filter(isMetered);
  const plain = items.filter((item) => !isMetered(item));
  return (
    <Stack gap="lg">
      <SimpleGrid cols={compact ? 1 : { base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
        {metered.map((item) => (
          <UsageBar key={item.limit} item={item} />
        ))}
      </SimpleGrid>
      {!compact && plain.length > 0 && <PlainLimits items={plain} />}
    </Stack>
  );
}
