import { DataTable } from '@/components/data-table';
import { ProblemAlert } from '@/components/problem-alert';

import { PREVIEW_ROWS } from '../api/schemas-api';
import { useSyntheticPreview } from '../hooks/use-schemas';

export function SyntheticPreview({ schemaId }: { schemaId: string }) {
  const preview = useSyntheticPreview(schemaId);
  return (
    <section aria-labelledby="synthetic-preview-heading" className="panel">
      <h2 id="synthetic-preview-heading">Synthetic preview</h2>
      <button type="button" onClick={() => preview.mutate()} disabled={preview.isPending}>
        Preview {PREVIEW_ROWS} rows
      </button>
      {preview.isError && <ProblemAlert error={preview.error} />}
      {preview.data && (
        <>
          <p>
            {preview.data.source === 'trained'
              ? 'Made by the newest model trained on this schema version.'
              : 'Made from the schema alone: no model is trained on this version yet.'}
          </p>
          <DataTable caption="Synthetic preview" columns={preview.data.columns} rows={preview.data.rows} />
        </>
      )}
    </section>
  );
}
