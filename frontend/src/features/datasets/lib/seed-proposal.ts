import type { Detection, DetectedTable, FromSeedsRequest, TableRelationship } from '../api/dataset-types';

/** What the user makes of a detection: each table's key, and which proposed links to keep, as they edit them. */
export interface Proposal {
  keys: Record<string, string>;
  links: { relationship: TableRelationship; accepted: boolean }[];
}

export function proposalOf(detection: Detection): Proposal {
  return {
    keys: Object.fromEntries(detection.tables.map((table) => [table.name, table.primaryKey ?? ''])),
    links: detection.relationships.map((proposed) => ({ relationship: proposed.relationship, accepted: true })),
  };
}

/** The table's schema with its chosen key unique and required, as a parent key must be. */
function withKey(table: DetectedTable, key: string) {
  const fields = (table.schema.fields ?? []).map((field) =>
    field.name === key ? { ...field, constraints: { ...field.constraints, required: true, unique: true } } : field,
  );
  return { ...table.schema, name: table.name, fields };
}

export function fromSeedsRequestOf(name: string, detection: Detection, proposal: Proposal): FromSeedsRequest {
  return {
    name: name.trim(),
    tables: detection.tables.map((table) => ({
      seedId: table.seedId,
      schema: withKey(table, proposal.keys[table.name] ?? ''),
    })),
    relationships: proposal.links.filter((link) => link.accepted).map((link) => link.relationship),
  };
}
