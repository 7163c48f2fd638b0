import { useParams, useSearchParams } from 'react-router';

import { GenerateForm } from '@/features/generation/components/generate-form';
import { SchemaSummary } from '@/features/schemas/components/schema-summary';
import { SyntheticPreview } from '@/features/schemas/components/synthetic-preview';
import { TrainForm } from '@/features/training/components/train-form';

/**
 * A schema's workbench: train, generate, preview. It lives in app/ because it composes three
 * features, which never import one another.
 */
export function SchemaPage() {
  const { schemaId = '' } = useParams();
  const [search] = useSearchParams();
  return (
    <div className="schema-page">
      <SchemaSummary schemaId={schemaId} />
      <TrainForm schemaId={schemaId} initialSeedId={search.get('seed') ?? undefined} />
      <GenerateForm schemaId={schemaId} />
      <SyntheticPreview schemaId={schemaId} />
    </div>
  );
}
