import { Link } from 'react-router';

import { formatTimestamp } from '@/lib/format';

import type { Schema } from '../api/schema-types';
import { DeleteSchemaButton } from './delete-schema-button';

interface SchemaTableProps {
  schemas: Schema[];
}

export function SchemaTable({ schemas }: SchemaTableProps) {
  return (
    <table className="schema-table">
      <caption className="visually-hidden">Schemas</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Domain</th>
          <th scope="col">Fields</th>
          <th scope="col">Version</th>
          <th scope="col">Last updated</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {schemas.length === 0 && (
          <tr>
            <td colSpan={6}>No schemas yet.</td>
          </tr>
        )}
        {schemas.map((schema) => (
          <tr key={schema.id}>
            <td>
              <Link to={`/schemas/${schema.id}`}>{schema.name}</Link>
            </td>
            <td>{schema.domain}</td>
            <td>{schema.fields.length}</td>
            <td>{schema.version}</td>
            <td>
              <time dateTime={schema.updatedAt}>{formatTimestamp(schema.updatedAt)}</time>
            </td>
            <td>
              <DeleteSchemaButton schema={schema} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
