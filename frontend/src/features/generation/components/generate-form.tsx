import { Button, Card, Group, NativeSelect, NumberInput, SimpleGrid, Switch, TextInput, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';

import { OUTPUT_FORMATS, SINKS, type OutputFormat, type Sink } from '../api/generation-api';
import { useStartGeneration } from '../hooks/use-generation';
import { canGzip, DEFAULT_DRAFT, seedError, toRequest, whyNoGzip, type GenerationDraft } from '../lib/generation-draft';

const SINK_LABELS: Record<Sink, string> = {
  file: 'A file',
  table: 'A file and the synthetic_data table',
};

function isFormat(value: string): value is OutputFormat {
  return OUTPUT_FORMATS.some((format) => format === value);
}

function isSink(value: string): value is Sink {
  return SINKS.some((sink) => sink === value);
}

/** Starts a generation job from the schema's current version and opens the job's page. */
export function GenerateForm({ schemaId }: { schemaId: string }) {
  const [draft, setDraft] = useState<GenerationDraft>(DEFAULT_DRAFT);
  const generation = useStartGeneration();
  const navigate = useNavigate();
  const update = (change: Partial<GenerationDraft>) => setDraft((current) => ({ ...current, ...change }));
  const invalidSeed = seedError(draft.seed);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    if (invalidSeed !== null) {
      return;
    }
    generation.mutate(toRequest(schemaId, draft), { onSuccess: (job) => void navigate(`/jobs/${job.id}`) });
  };

  return (
    <Card component="form" aria-labelledby="generate-heading" onSubmit={submit} noValidate>
      <Title order={2} size="h3" id="generate-heading" mb="sm">
        Generate
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" mb="md">
        <NumberInput
          label="Rows"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={draft.rows}
          onChange={(rows) => update({ rows })}
        />
        <NativeSelect
          label="Format"
          data={[...OUTPUT_FORMATS]}
          value={draft.format}
          onChange={(event) => {
            const format = event.currentTarget.value;
            if (isFormat(format)) {
              update({ format });
            }
          }}
        />
        <NativeSelect
          label="Write to"
          data={SINKS.map((sink) => ({ value: sink, label: SINK_LABELS[sink] }))}
          value={draft.sink}
          onChange={(event) => {
            const sink = event.currentTarget.value;
            if (isSink(sink)) {
              update({ sink });
            }
          }}
        />
        <TextInput
          label="Random seed (optional)"
          description="The same seed and schema version give the same rows."
          inputMode="numeric"
          value={draft.seed}
          error={invalidSeed}
          onChange={(event) => update({ seed: event.currentTarget.value })}
        />
        <Switch
          label="Compress with gzip"
          description={whyNoGzip(draft.format)}
          checked={canGzip(draft.format) && draft.gzip}
          disabled={!canGzip(draft.format)}
          onChange={(event) => update({ gzip: event.currentTarget.checked })}
          mt="lg"
        />
      </SimpleGrid>
      {generation.isError && <ProblemAlert error={generation.error} />}
      <Group mt="md">
        <Button type="submit" loading={generation.isPending}>
          Generate
        </Button>
      </Group>
    </Card>
  );
}
