import { Anchor, Stack } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/page-header';
import { QueryState } from '@/components/query-state';
import { SchemaFromSeedForm } from '@/features/seeds/components/schema-from-seed-form';
import { useCreateSchemaFromSeed, useSeedProfile } from '@/features/seeds/hooks/use-seeds';
import { baseName, describeSeed } from '@/features/seeds/lib/seed-text';

/**
 * The schema detected in a seed, to save as a new schema; then its page opens, where the train
 * form offers this seed. It lives in app/ because it joins the seeds feature to the schemas one.
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
                {describeSeed(seed)} ·{' '}
                <Anchor component={Link} to={`/seeds/${seed.id}`} size="sm">
                  Back to the seed
                </Anchor>
              </>
            }
          />
          <SchemaFromSeedForm
            detected={schema}
            suggestedName={baseName(seed.fileName)}
            onSubmit={(definition) =>
              creation.mutate(definition, {
                onSuccess: (created) => void navigate(`/schemas/${created.id}?seed=${seed.id}`),
              })
            }
            pending={creation.isPending}
            error={creation.error}
          />
        </Stack>
      )}
    </QueryState>
  );
}
