import { useNavigate, useParams } from 'react-router';

import { DataTable } from '@/components/data-table';
import { ProblemAlert } from '@/components/problem-alert';
import { formatBytes, formatCount } from '@/lib/format';

import { useSeedProfile } from '../hooks/use-seeds';
import { CreateSchemaFromSeedForm } from './create-schema-from-seed-form';
import { DetectedFieldsTable } from './detected-fields-table';

function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** A seed's profile to review before saving the schema detected in it. */
export function SeedDetailPage() {
  const { seedId = '' } = useParams();
  const profile = useSeedProfile(seedId);
  const navigate = useNavigate();

  if (profile.isPending) {
    return <p role="status">Loading the seed's profile…</p>;
  }
  if (profile.isError) {
    return <ProblemAlert error={profile.error} />;
  }
  const { seed, fields, columns, preview } = profile.data;
  return (
    <section aria-labelledby="seed-heading">
      <h1 id="seed-heading">{seed.fileName}</h1>
      <p>
        {seed.format.toUpperCase()}, {formatCount(seed.rowCount)} rows, {seed.columnCount} columns,{' '}
        {formatBytes(seed.sizeBytes)}
      </p>
      <h2>Detected fields</h2>
      <DetectedFieldsTable fields={fields} />
      <h2>First rows</h2>
      <DataTable caption="Seed preview" columns={columns} rows={preview} />
      <CreateSchemaFromSeedForm
        seedId={seed.id}
        suggestedName={baseName(seed.fileName)}
        onCreated={(schema) => void navigate(`/schemas/${schema.id}?seed=${seed.id}`)}
      />
    </section>
  );
}
