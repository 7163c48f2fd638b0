import { useParams, useSearchParams } from 'react-router';

import { SchemaSummary } from '@/features/schemas/components/schema-summary';
import { SyntheticPreview } from '@/features/schemas/components/synthetic-preview';
import { TrainForm } from '@/features/training/components/train-form';

/**
 * A schema's workbench: train, preview. It lives in app/ because it composes features, which never
 * import one another.
 */
export function SchemaPage() {
  const { schemaId = '' } = useParams();
  const [search] = useSearchParams();
  return (
    <div className="schema-page">
      <SchemaSummary schemaId={schemaId} />
      <TrainForm schemaId={schemaId} initialSeedId={search.get('seed') ?? undefined} />
      <SyntheticPreview schemaId={schemaId} />
    </div>
  );
}
