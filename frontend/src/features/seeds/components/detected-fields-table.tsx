import { formatCount, formatPercent } from '@/lib/format';
import { describeRepresentation } from '@/lib/representation';

import type { FieldProfile } from '../api/seed-types';

/** One row per column: what the engine inferred and the statistics it inferred it from. */
export function DetectedFieldsTable({ fields }: { fields: FieldProfile[] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Detected fields</caption>
      <thead>
        <tr>
          <th scope="col">Field</th>
          <th scope="col">Type</th>
          <th scope="col">Semantic kind</th>
          <th scope="col">Suggested model</th>
          <th scope="col">Missing</th>
          <th scope="col">Distinct values</th>
          <th scope="col">Written as</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.name}>
            <td>{field.name}</td>
            <td>{field.format === null ? field.type : `${field.type} (${field.format})`}</td>
            <td>{field.semanticKind ?? '—'}</td>
            <td>{field.model}</td>
            <td>{formatPercent(field.nullRate * 100)}</td>
            <td>{formatCount(field.distinctCount)}</td>
            <td>{describeRepresentation(field.type, field.representation) || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
