import { Anchor, Button, Stack } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { SchemaDesigner } from '@/features/schemas/components/schema-designer';
import { useCreateSchemaFromSeed, useSeedProfile } from '@/features/seeds/hooks/use-seeds';
import { baseName, describeSeed } from '@/features/seeds/lib/seed-text';

/**
 * The schema detected in a seed, edited in the schema designer before it is saved; then the new
 * schema's page opens, where the train form offers this seed. It lives in app/ because it joins
 * the seeds feature to the schemas one.
 */
export function SeedSchemaPage() {
  const { seedId = '' } = useParams();
  const profile = useSeedProfile(seedId);
  const creation = useCreateSchemaFromSeed(seedId);
  const navigate = useNavigate();
  return (
    <QueryState query={profile} label="Loading the detected schema…" notFound="seed">
      {({ seed, schema }) => (
        <Stack gap="lg">
          <PageHeader
            title={`New schema from ${seed.fileName}`}
            description={
              <>
                {describeSeed(seed)}. Review the detected fields, change what the engine got wrong, then save. ·{' '}
                <Anchor component={Link} to={`/seeds/${seed.id}`} size="sm">
                  Back to the seed
                </Anchor>
              </>
            }
          />
          <SchemaDesigner
            formName="Create a schema from this seed"
            initial={{ ...schema, name: schema.name || baseName(seed.fileName) }}
            submitLabel="Create schema"
            pending={creation.isPending}
            error={creation.error}
            onSubmit={(definition) =>
              creation.mutate(definition, {
                onSuccess: (created) => void navigate(`/schemas/${created.id}?seed=${seed.id}`),
              })
            }
            secondaryAction={
              <Button component={Link} to={`/seeds/${seed.id}`} variant="default">
                Cancel
              </Button>
            }
          />
        </Stack>
      )}
    </QueryState>
  );
}
