import { useState, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import { PRIVACY_PRESETS, QUALITY_PRESETS, type PrivacyPreset, type QualityPreset } from '../api/training-types';
import { useSeedChoices, useStartTraining } from '../hooks/use-training';
import { TrainingRunStatus } from './training-run-status';

interface TrainFormProps {
  schemaId: string;
  /** The seed the schema was made from, when the user came from there. */
  initialSeedId?: string;
}

/** Trains the schema's current version on a seed with the chosen presets, then follows the run. */
export function TrainForm({ schemaId, initialSeedId }: TrainFormProps) {
  const seeds = useSeedChoices();
  const training = useStartTraining();
  const [chosenSeedId, setSeedId] = useState(initialSeedId ?? '');
  const [quality, setQuality] = useState<QualityPreset>('standard');
  const [privacy, setPrivacy] = useState<PrivacyPreset>('standard');
  // Until the user picks one, the newest seed is the choice.
  const seedId = chosenSeedId || (seeds.data?.[0]?.id ?? '');

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    training.mutate({ schemaId, seedId, quality, privacy });
  };

  return (
    <form aria-labelledby="train-heading" onSubmit={submit} className="panel-form">
      <h2 id="train-heading">Train</h2>
      <label htmlFor="train-seed">Seed</label>
      <select id="train-seed" value={seedId} onChange={(event) => setSeedId(event.target.value)}>
        {seeds.data?.length === 0 && <option value="">No seeds uploaded</option>}
        {seeds.data?.map((seed) => (
          <option key={seed.id} value={seed.id}>
            {seed.fileName} ({seed.rowCount} rows)
          </option>
        ))}
      </select>
      <label htmlFor="train-quality">Quality</label>
      <select id="train-quality" value={quality} onChange={(event) => setQuality(event.target.value as QualityPreset)}>
        {QUALITY_PRESETS.map((preset) => (
          <option key={preset}>{preset}</option>
        ))}
      </select>
      <label htmlFor="train-privacy">Privacy</label>
      <select id="train-privacy" value={privacy} onChange={(event) => setPrivacy(event.target.value as PrivacyPreset)}>
        {PRIVACY_PRESETS.map((preset) => (
          <option key={preset}>{preset}</option>
        ))}
      </select>
      {seeds.isError && <ProblemAlert error={seeds.error} />}
      {training.isError && <ProblemAlert error={training.error} />}
      <button type="submit" disabled={seedId === '' || training.isPending}>
        Train
      </button>
      {training.data && <TrainingRunStatus runId={training.data.id} />}
    </form>
  );
}
