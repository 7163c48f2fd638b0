import { ProblemAlert } from '@/components/problem-alert';
import { describeRepresentation } from '@/lib/representation';

import { useSchema } from '../hooks/use-schemas';

/** The schema's name, version and fields, at the top of its page. */
export function SchemaSummary({ schemaId }: { schemaId: string }) {
  const schema = useSchema(schemaId);
  if (schema.isPending) {
    return <p role="status">Loading the schema…</p>;
  }
  if (schema.isError) {
    return <ProblemAlert error={schema.error} />;
  }
  const { name, version, domain, fields } = schema.data;
  return (
    <header>
      <h1>{name}</h1>
      <p>
        Version {version}
        {domain ? `, ${domain}` : ''}:{' '}
        {fields
          .map((field) => {
            const written = describeRepresentation(field.type, field.representation);
            return `${field.name} (${field.type}${written ? `; ${written}` : ''})`;
          })
          .join(', ')}
      </p>
    </header>
  );
}
