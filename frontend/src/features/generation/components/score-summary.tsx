import { Card, Group, Progress, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import type { MetricsReport } from '../api/generation-api';
import { formatScore, scoreColor } from '@/lib/score';

interface Part {
  name: string;
  value: number | null | undefined;
  hint: string;
}

function ScorePart({ part }: { part: Part }) {
  const known = part.value !== null && part.value !== undefined && Number.isFinite(part.value);
  return (
    <Stack gap={2}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {part.name}
        </Text>
        <Text size="sm" fw={600}>
          {formatScore(part.value)}
        </Text>
      </Group>
      <Progress
        value={known ? (part.value ?? 0) * 100 : 0}
        color={scoreColor(part.value)}
        size="sm"
        aria-label={`${part.name}: ${formatScore(part.value)}`}
      />
      <Text size="xs" c="dimmed">
        {part.hint}
      </Text>
    </Stack>
  );
}

function Headline({ label, value, hint }: { label: string; value: number | null | undefined; hint: string }) {
  const known = value !== null && value !== undefined && Number.isFinite(value);
  return (
    <Group gap="md" wrap="nowrap" align="center">
      <RingProgress
        size={96}
        thickness={9}
        roundCaps
        sections={known ? [{ value: value * 100, color: scoreColor(value) }] : []}
        label={
          <Text ta="center" fw={700} size="sm">
            {formatScore(value)}
          </Text>
        }
        aria-hidden
      />
      <Stack gap={2}>
        <Text fw={600}>{label}</Text>
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
      </Stack>
    </Group>
  );
}

/** The two overall scores and the parts each is made of, with what every part measures. */
export function ScoreSummary({ report }: { report: MetricsReport }) {
  const quality = report.quality;
  const privacy = report.privacy;
  const parts: Part[] = quality
    ? [
        {
          name: 'Column shapes',
          value: quality.columnShapes,
          hint: 'Each column’s distribution (KS / TV complement).',
        },
        {
          name: 'Pair trends',
          value: quality.pairTrends,
          hint: `How pairs of columns move together, over the ${quality.pairsCounted} clearly related pairs.`,
        },
        {
          name: 'Dependence kept',
          value: quality.pairTrendsLift,
          hint: 'Share of the real pairwise dependence kept above independent columns; part of the score.',
        },
        {
          name: 'Coverage',
          value: quality.coverage,
          hint: 'Share of the real range and categories the synthetic data covers.',
        },
        {
          name: 'Adherence',
          value: quality.adherence,
          hint: 'Synthetic values inside the real bounds and categories.',
        },
        {
          name: 'Missing values',
          value: quality.missingValueSimilarity,
          hint: 'How closely the share of missing values matches.',
        },
        {
          name: 'ML efficacy',
          value: quality.mlEfficacy,
          hint:
            quality.efficacyNote ?? 'A model trained on synthetic rows, tested on real ones (skill above chance kept).',
        },
      ]
    : [];
  return (
    <Card component="section" aria-labelledby="score-breakdown-heading">
      <Title order={2} size="h3" id="score-breakdown-heading" mb="md">
        Score breakdown
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" mb="lg">
        <Headline
          label="Quality"
          value={report.qualityScore}
          hint="How much of the real data’s structure the synthetic data keeps."
        />
        <Headline
          label="Privacy"
          value={report.privacyScore ?? privacy?.score}
          hint="How little the synthetic rows reveal of real individuals."
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="lg">
        {parts.map((part) => (
          <ScorePart key={part.name} part={part} />
        ))}
      </SimpleGrid>
    </Card>
  );
}
