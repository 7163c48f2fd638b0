import { Card, Stack, Title } from '@mantine/core';
import { useParams, useSearchParams } from 'react-router';

import { NotFoundPage } from '@/components/not-found-page';
import { GenerateForm } from '@/features/generation/components/generate-form';
import { GenerationJobs } from '@/features/generation/components/generation-jobs';
import { SchemaSummary } from '@/features/schemas/components/schema-summary';
import { SyntheticPreview } from '@/features/schemas/components/synthetic-preview';
import { useSchema } from '@/features/schemas/hooks/use-schemas';
import { TrainForm } from '@/features/training/components/train-form';
import { TrainingRuns } from '@/features/training/components/training-runs';
import { ApiError } from '@/lib/api-error';

/**
 * A schema's workbench: train, generate, preview, and the jobs that came of it. It lives in app/
 * because it composes three features, which never import one another.
 */
export function SchemaPage() {
  const { schemaId = '' } = useParams();
  const [search] = useSearchParams();
  const schema = useSchema(schemaId);
  // an unknown id, or another tenant's: one not-found page, not forms for a schema that is not there
  if (schema.error instanceof ApiError && schema.error.status === 404) {
    return <NotFoundPage thing="schema" />;
  }
  return (
    <Stack gap="lg">
      <SchemaSummary schemaId={schemaId} />
      <TrainForm schemaId={schemaId} initialSeedId={search.get('seed') ?? undefined} />
      <GenerateForm schemaId={schemaId} />
      <SyntheticPreview schemaId={schemaId} />
      <GenerationJobs schemaId={schemaId} withHeading />
      <Card component="section" aria-labelledby="training-runs-heading">
        <Title order={2} size="h3" id="training-runs-heading" mb="sm">
          Training runs
        </Title>
        <TrainingRuns schemaId={schemaId} />
      </Card>
    </Stack>
  );
}
