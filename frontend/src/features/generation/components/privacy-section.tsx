import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import type { components } from '@/api/schema.gen';
import { formatCount } from '@/lib/format';

import { privacyFigures } from '../lib/privacy-figures';
import { formatScore, scoreColor } from '@/lib/score';

type PrivacyScores = components['schemas']['PrivacyScores'];
type RowCounts = components['schemas']['RowCounts'];

/** Each privacy metric with its protection, what it found and what that means, in plain words. */
export function PrivacySection({ privacy, rows }: { privacy: PrivacyScores; rows: RowCounts | undefined }) {
  const figures = privacyFigures(privacy, rows);
  return (
    <Card component="section" aria-labelledby="privacy-heading">
      <Title order={2} size="h3" id="privacy-heading" mb="xs">
        Privacy
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Each figure compares the synthetic rows with real rows the model never saw: synthetic data is private when it is
        no closer to the real people than new real data would be. Distances use a sample of{' '}
        {formatCount(privacy.sampledRows)} synthetic rows.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {figures.map((figure) => (
          <Stack key={figure.name} gap={4}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Text fw={600} size="sm">
                {figure.name}
              </Text>
              <Badge variant="light" color={scoreColor(figure.protection)}>
                Protection {formatScore(figure.protection)}
              </Badge>
            </Group>
            <Text size="sm">{figure.finding}</Text>
            <Text size="xs" c="dimmed">
              {figure.meaning}
            </Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Card>
  );
}
