import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import type { Schema } from '../api/schema-types';
import { useDeleteSchema } from '../hooks/use-schemas';

interface DeleteSchemaButtonProps {
  schema: Pick<Schema, 'id' | 'version' | 'name'>;
}

/** Deleting takes two clicks: "Delete" asks, "Confirm delete" does it. */
export function DeleteSchemaButton({ schema }: DeleteSchemaButtonProps) {
  const [confirming, setConfirming] = useState(false);
  const deletion = useDeleteSchema();

  if (!confirming) {
    return (
      <button type="button" onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <div className="delete-confirmation">
      <span>Delete “{schema.name}”?</span>
      <button type="button" onClick={() => deletion.mutate(schema)} disabled={deletion.isPending}>
        Confirm delete
      </button>
      <button
        type="button"
        onClick={() => {
          deletion.reset();
          setConfirming(false);
        }}
      >
        Cancel
      </button>
      {deletion.isError && <ProblemAlert error={deletion.error} />}
    </div>
  );
}
