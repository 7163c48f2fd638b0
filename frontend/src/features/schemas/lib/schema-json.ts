import type { SchemaDefinition } from '../api/schema-types';

/** The schema as a file: the definition the API takes, so it can be posted or imported as is. */
export function schemaJson(definition: SchemaDefinition): string {
  return `${JSON.stringify(definition, null, 2)}\n`;
}

export function schemaFileName(name: string | undefined): string {
  const slug = (name ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'schema'}.schema.json`;
}

/**
 * Reads an exported schema (or a stored one, whose id and version are ignored). Only the shape is
 * checked here; the server judges the content when the schema is saved.
 */
export function parseSchemaJson(text: string): SchemaDefinition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error('The file is not JSON.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('The file holds no schema: expected a JSON object.');
  }
  const { fields } = parsed as { fields?: unknown };
  if (!Array.isArray(fields) || !fields.every((field) => typeof field === 'object' && field !== null)) {
    throw new Error('The file holds no schema: expected a "fields" list of objects.');
  }
  return parsed;
}
