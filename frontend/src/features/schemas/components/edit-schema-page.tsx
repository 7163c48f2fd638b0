import { Button } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';

import type { Schema, SchemaDefinition } from '../api/schema-types';
import { useSchema, useUpdateSchema } from '../hooks/use-schemas';
import { isVersionConflict } from '../lib/designer-errors';
import { SchemaDesigner } from './schema-designer';
import { VersionConflict } from './version-conflict';

/** Edits a schema into its next version, sent with If-Match so that nobody's save is overwritten unseen. */
export function EditSchemaPage() {
  const { schemaId = '' } = useParams();
  const schema = useSchema(schemaId);
  return (
    <QueryState query={schema} label="Loading the schema…" notFound="schema">
      {(data) => <EditSchema schema={data} />}
    </QueryState>
  );
}

function EditSchema({ schema }: { schema: Schema }) {
  const navigate = useNavigate();
  // the version being edited: the one loaded, or a newer one the user chose after a conflict
  const [base, setBase] = useState(schema);
  const [sent, setSent] = useState<SchemaDefinition | null>(null);
  const update = useUpdateSchema(schema.id, (saved) => void navigate(`/schemas/${saved.id}`));
  const conflict = isVersionConflict(update.error);

  const save = (definition: SchemaDefinition) => {
    setSent(definition);
    update.mutate({ basedOn: base.version, definition });
  };
  return (
    <>
      <PageHeader
        title={`Edit ${base.name ?? 'schema'}`}
        description={`You are editing version ${base.version}; saving makes version ${base.version + 1}. Earlier versions stay in the history.`}
        actions={
          <Button component={Link} to={`/schemas/${schema.id}/history`} variant="default">
            History
          </Button>
        }
      />
      <SchemaDesigner
        key={base.version}
        formName="Edit schema"
        initial={base}
        seedId={base.sourceSeedId}
        submitLabel="Save changes"
        pending={update.isPending}
        error={conflict ? null : update.error}
        onSubmit={save}
        notice={
          conflict && sent ? (
            <VersionConflict
              base={base}
              mine={sent}
              overwriting={update.isPending}
              onReload={(current) => {
                update.reset();
                setBase(current);
              }}
              onOverwrite={(current) => update.mutate({ basedOn: current.version, definition: sent })}
            />
          ) : null
        }
        secondaryAction={
          <Button component={Link} to={`/schemas/${schema.id}`} variant="subtle">
            Cancel
          </Button>
        }
      />
    </>
  );
}
