import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';

import { OUTPUT_FORMATS, SINKS, type GenerationRequest, type OutputFormat, type Sink } from '../api/generation-types';
import { useStartGeneration } from '../hooks/use-generation';

interface GenerationDraft {
  rows: string;
  seed: string;
  format: OutputFormat;
  sink: Sink;
}

const SINK_LABELS: Record<Sink, string> = {
  file: 'a file',
  table: 'a file and the synthetic_data table',
};

/** Number inputs hand over text; a blank seed means "any". The server checks the ranges. */
function toRequest(schemaId: string, draft: GenerationDraft): GenerationRequest {
  const seed = draft.seed.trim();
  return {
    schemaId,
    rows: Number(draft.rows),
    ...(seed === '' ? {} : { seed: Number(seed) }),
    format: draft.format,
    sink: draft.sink,
  };
}

/** Starts a generation job from the schema's current version and opens the job's page. */
export function GenerateForm({ schemaId }: { schemaId: string }) {
  const [draft, setDraft] = useState<GenerationDraft>({ rows: '10000', seed: '', format: 'csv', sink: 'file' });
  const generation = useStartGeneration();
  const navigate = useNavigate();
  const update = (change: Partial<GenerationDraft>) => setDraft((current) => ({ ...current, ...change }));

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    generation.mutate(toRequest(schemaId, draft), { onSuccess: (job) => void navigate(`/jobs/${job.id}`) });
  };

  return (
    <form aria-labelledby="generate-heading" onSubmit={submit} noValidate className="panel-form">
      <h2 id="generate-heading">Generate</h2>
      <label htmlFor="generate-rows">Rows</label>
      <input
        id="generate-rows"
        type="number"
        min={1}
        value={draft.rows}
        onChange={(event) => update({ rows: event.target.value })}
      />
      <label htmlFor="generate-format">Format</label>
      <select
        id="generate-format"
        value={draft.format}
        onChange={(event) => update({ format: event.target.value as OutputFormat })}
      >
        {OUTPUT_FORMATS.map((format) => (
          <option key={format}>{format}</option>
        ))}
      </select>
      <label htmlFor="generate-seed">Random seed (optional)</label>
      <input
        id="generate-seed"
        type="number"
        value={draft.seed}
        onChange={(event) => update({ seed: event.target.value })}
      />
      <label htmlFor="generate-sink">Write to</label>
      <select id="generate-sink" value={draft.sink} onChange={(event) => update({ sink: event.target.value as Sink })}>
        {SINKS.map((sink) => (
          <option key={sink} value={sink}>
            {SINK_LABELS[sink]}
          </option>
        ))}
      </select>
      {generation.isError && <ProblemAlert error={generation.error} />}
      <button type="submit" disabled={generation.isPending}>
        Generate
      </button>
    </form>
  );
}
