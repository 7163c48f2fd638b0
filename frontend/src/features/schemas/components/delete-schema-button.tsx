import { ConfirmButton } from '@/components/confirm-button';

import type { Schema } from '../api/schema-types';
import { useDeleteSchema } from '../hooks/use-schemas';

interface DeleteSchemaButtonProps {
  schema: Pick<Schema, 'id' | 'version' | 'name'>;
}

export function DeleteSchemaButton({ schema }: DeleteSchemaButtonProps) {
  const deletion = useDeleteSchema();
  return (
    <ConfirmButton
      label="Delete"
      question={`Delete “${schema.name ?? 'this schema'}”?`}
      onConfirm={() => deletion.mutate(schema)}
      onCancel={() => deletion.reset()}
      pending={deletion.isPending}
      error={deletion.error}
    />
  );
}
