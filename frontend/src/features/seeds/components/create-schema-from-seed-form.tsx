import { useState, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import type { SchemaFromSeed } from '../api/seed-types';
import { useCreateSchemaFromSeed } from '../hooks/use-seeds';

interface CreateSchemaFromSeedFormProps {
  seedId: string;
  suggestedName: string;
  onCreated: (schema: SchemaFromSeed) => void;
}

/** Saves the detected schema as it is, under the name the user gives it. */
export function CreateSchemaFromSeedForm({ seedId, suggestedName, onCreated }: CreateSchemaFromSeedFormProps) {
  const [name, setName] = useState(suggestedName);
  const creation = useCreateSchemaFromSeed(seedId, onCreated);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    creation.mutate({ name: name.trim() });
  };

  return (
    <form aria-labelledby="schema-from-seed-heading" onSubmit={submit} noValidate className="panel-form">
      <h2 id="schema-from-seed-heading">Create a schema from this seed</h2>
      <label htmlFor="schema-from-seed-name">Schema name</label>
      <input id="schema-from-seed-name" value={name} onChange={(event) => setName(event.target.value)} />
      {creation.isError && <ProblemAlert error={creation.error} />}
      <button type="submit" disabled={creation.isPending}>
        Create schema
      </button>
    </form>
  );
}
