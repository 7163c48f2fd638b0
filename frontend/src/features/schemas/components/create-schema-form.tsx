import { useState, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import type { Schema } from '../api/schema-types';
import { useCreateSchema } from '../hooks/use-schemas';
import { emptySchemaDraft, toSchemaRequest, type FieldDraft, type SchemaDraft } from '../lib/schema-draft';
import { FieldListEditor } from './field-list-editor';

interface CreateSchemaFormProps {
  onCreated: (schema: Schema) => void;
}

type TextKey = 'name' | 'description' | 'domain' | 'recordsPerDay' | 'days';

/**
 * A plain form until the schema designer arrives. Browser validation is off (noValidate) so
 * that the server's problem details are the one source of validation messages.
 */
export function CreateSchemaForm({ onCreated }: CreateSchemaFormProps) {
  const [draft, setDraft] = useState<SchemaDraft>(emptySchemaDraft);
  const creation = useCreateSchema((schema) => {
    setDraft(emptySchemaDraft());
    onCreated(schema);
  });

  const setText = (key: TextKey) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [key]: event.target.value }));
  const setFields = (change: (fields: FieldDraft[]) => FieldDraft[]) =>
    setDraft((current) => ({ ...current, fields: change(current.fields) }));

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    creation.mutate(toSchemaRequest(draft));
  };

  return (
    <form aria-labelledby="create-schema-heading" onSubmit={submit} noValidate className="create-schema-form">
      <h2 id="create-schema-heading">New schema</h2>
      <label htmlFor="schema-name">Schema name</label>
      <input id="schema-name" value={draft.name} onChange={setText('name')} aria-required="true" />
      <label htmlFor="schema-description">Description</label>
      <textarea id="schema-description" value={draft.description} onChange={setText('description')} />
      <label htmlFor="schema-domain">Domain</label>
      <input id="schema-domain" value={draft.domain} onChange={setText('domain')} />
      <fieldset>
        <legend>Target volume</legend>
        <label htmlFor="schema-records-per-day">Records per day</label>
        <input
          id="schema-records-per-day"
          type="number"
          min={1}
          value={draft.recordsPerDay}
          onChange={setText('recordsPerDay')}
        />
        <label htmlFor="schema-days">Days</label>
        <input id="schema-days" type="number" min={1} value={draft.days} onChange={setText('days')} />
      </fieldset>
      <FieldListEditor fields={draft.fields} onChange={setFields} />
      {creation.isError && <ProblemAlert error={creation.error} />}
      <button type="submit" disabled={creation.isPending}>
        Create schema
      </button>
    </form>
  );
}
