import { SimpleGrid, Stack, Text } from '@mantine/core';

import { formatScore } from '@/lib/score';

/** Scores arrive as fractions in [0, 1], as the API sends them; they show as percent. */
interface JobScoresProps {
  qualityScore: number | null;
  privacyScore: number | null;
}

/** The two headline scores as a description list named "Scores" (the browser test reads its values). */
export function JobScores({ qualityScore, privacyScore }: JobScoresProps) {
  if (qualityScore === null || privacyScore === null) {
    return (
      <Text size="sm" c="dimmed">
        No scores: the data was generated from the schema alone, with no real rows to compare it with.
      </Text>
    );
  }
  return (
    <SimpleGrid component="dl" cols={2} aria-label="Scores" m={0}>
      <Stack gap={0}>
        <Text component="dt" size="xs" c="dimmed">
          Quality score
        </Text>
        <Text component="dd" m={0} fw={700} size="xl">
          {formatScore(qualityScore)}
        </Text>
      </Stack>
      <Stack gap={0}>
        <Text component="dt" size="xs" c="dimmed">
          Privacy score
        </Text>
        <Text component="dd" m={0} fw={700} size="xl">
          {formatScore(privacyScore)}
        </Text>
      </Stack>
    </SimpleGrid>
  );
}
