import { Button } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { PageHeader } from '@/components/page-header';

import { useCreateSchema } from '../hooks/use-schemas';
import { SchemaDesigner } from './schema-designer';

/** Designs a schema from scratch (or from an imported file); once created, its page opens. */
export function NewSchemaPage() {
  const navigate = useNavigate();
  const creation = useCreateSchema((schema) => void navigate(`/schemas/${schema.id}`));
  return (
    <>
      <PageHeader
        title="New schema"
        description="Describe the data to generate: its fields with their constraints and models, how much, and how private."
      />
      <SchemaDesigner
        formName="New schema"
        submitLabel="Create schema"
        pending={creation.isPending}
        error={creation.error}
        onSubmit={(definition) => creation.mutate(definition)}
        secondaryAction={
          <Button component={Link} to="/schemas" variant="subtle">
            Cancel
          </Button>
        }
      />
    </>
  );
}
