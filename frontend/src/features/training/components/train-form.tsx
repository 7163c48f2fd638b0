import { Button, Card, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';
import { formatCount } from '@/lib/format';
import { useSeedPrivacyBudget } from '@/lib/seed-privacy-budget';

import { PRIVACY_PRESETS, QUALITY_PRESETS, type PrivacyPreset, type QualityPreset } from '../api/training-api';
import { useDefaultSeed, useStartTraining, useTrainedSchema } from '../hooks/use-training';
import type { SeedDefault } from '../lib/default-seed';
import { charge, dpChoiceOf, fitsBudget, requestedPrivacy, type DpChoice } from '../lib/dp-choice';
import { DpControls } from './dp-controls';
import { TrainingRunStatus } from './training-run-status';

interface TrainFormProps {
  schemaId: string;
  /** The seed the user came from (`?seed=`), offered unless the schema names its own source. */
  initialSeedId?: string;
}

const WHY_THIS_SEED: Record<SeedDefault['because'], string> = {
  source: 'The seed this schema was made from.',
  link: 'The seed you came from.',
  columns: "The only seed whose columns are this schema's fields.",
  'no-match': "No seed has exactly this schema's columns: choose the one to learn from.",
  ambiguous: "Several seeds have this schema's columns: choose the one to learn from.",
  pending: 'Looking for the seed that fits this schema…',
};

/**
 * Trains the schema's current version on a seed with the chosen presets and differential privacy,
 * then follows the run. With DP, the seed's remaining privacy budget is shown and a run it cannot
 * pay for is stopped here, before the server refuses it.
 */
export function TrainForm({ schemaId, initialSeedId }: TrainFormProps) {
  const { seeds, choice } = useDefaultSeed(schemaId, initialSeedId);
  const schema = useTrainedSchema(schemaId);
  const training = useStartTraining();
  const [chosenSeedId, setSeedId] = useState<string | null>(null);
  const [quality, setQuality] = useState<QualityPreset>('standard');
  const [privacy, setPrivacy] = useState<PrivacyPreset>('standard');
  const [chosenDp, setDp] = useState<DpChoice | null>(null);
  const seedId = chosenSeedId ?? choice.seedId ?? '';
  const dp = chosenDp ?? dpChoiceOf(schema.data);
  const charged = charge(dp, privacy, schema.data);
  const budget = useSeedPrivacyBudget(seedId, charged !== null);
  const overBudget = charged !== null && budget.data !== undefined && !fitsBudget(charged, budget.data);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    training.mutate({ schemaId, seedId, quality, privacy, ...requestedPrivacy(dp) });
  };

  const seedOptions = [
    ...(seedId === '' || seeds.data?.length === 0
      ? [{ value: '', label: seeds.data?.length === 0 ? 'No seeds uploaded' : 'Choose a seed', disabled: true }]
      : []),
    ...(seeds.data ?? []).map((seed) => ({
      value: seed.id,
      label: `${seed.fileName} (${formatCount(seed.rowCount)} rows)`,
    })),
  ];

  return (
    <Card component="form" onSubmit={submit} aria-labelledby="train-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="train-heading">
          Train
        </Title>
        <Group align="flex-start" gap="md" grow preventGrowOverflow={false}>
          <NativeSelect
            label="Seed"
            description={chosenSeedId === null ? WHY_THIS_SEED[choice.because] : undefined}
            value={seedId}
            onChange={(event) => setSeedId(event.currentTarget.value)}
            data={seedOptions}
            style={{ flex: '2 1 16rem' }}
          />
          <NativeSelect
            label="Quality"
            value={quality}
            onChange={(event) => setQuality(event.currentTarget.value as QualityPreset)}
            data={[...QUALITY_PRESETS]}
            style={{ flex: '1 1 8rem' }}
          />
          <NativeSelect
            label="Privacy"
            value={privacy}
            onChange={(event) => setPrivacy(event.currentTarget.value as PrivacyPreset)}
            data={[...PRIVACY_PRESETS]}
            style={{ flex: '1 1 8rem' }}
          />
        </Group>
        <DpControls
          choice={dp}
          onChange={setDp}
          declared={schema.data?.privacySettings?.differentialPrivacy === true}
          charged={charged}
          budget={budget.data}
          seedRows={seeds.data?.find((seed) => seed.id === seedId)?.rowCount}
        />
        {seeds.isError && <ProblemAlert error={seeds.error} />}
        {budget.isError && <ProblemAlert error={budget.error} />}
        {training.isError && <ProblemAlert error={training.error} />}
        <Group>
          <Button type="submit" disabled={seedId === '' || overBudget} loading={training.isPending}>
            Train
          </Button>
        </Group>
        {training.data && <TrainingRunStatus runId={training.data.id} />}
      </Stack>
    </Card>
  );
}
