import { ApiError } from '@/lib/api-error';

import type { FieldDraft } from './schema-draft';

/** The server's field errors placed where the designer shows them. */
export interface DesignerErrors {
  /** By path inside the schema: `name`, `targetVolume.days`, `privacySettings.epsilon`... */
  schema: Record<string, string>;
  /** By field key, then by path inside the field: `name`, `constraints.min`, `representation.missing`... */
  fields: Record<number, Record<string, string>>;
  /** Errors with no input of their own, each with a readable place ("Field 2 (age)", "Fields"). */
  other: { place: string; message: string }[];
}

export const NO_ERRORS: DesignerErrors = { schema: {}, fields: {}, other: [] };

const SCHEMA_INPUTS = new Set([
  'name',
  'description',
  'domain',
  'targetVolume.recordsPerDay',
  'targetVolume.days',
  'privacySettings.epsilon',
  'privacySettings.syntheticRatio',
]);

const FIELD_INPUTS = new Set([
  'name',
  'type',
  'model',
  'privacyLevel',
  'description',
  'semanticKind',
  'format',
  'constraints.min',
  'constraints.max',
  'constraints.minLength',
  'constraints.maxLength',
  'constraints.pattern',
  'constraints.enum',
  'constraints.minItems',
  'constraints.maxItems',
  'constraints.unique',
  'representation.trueText',
  'representation.falseText',
  'representation.decimals',
  'representation.missing',
  'relationships.foreignKey',
  'relationships.joinTable',
]);

const FIELD_PATH = /^fields\[(\d+)\](?:\.(.+))?$/;
const NESTED_PREFIX = /^((fields\[\d+\]|items)\.)+/;

/** The path inside the innermost nested field: `fields[0].items.name` is that item's `name`. */
function innermost(path: string): string {
  return path.replace(NESTED_PREFIX, '');
}

function append(messages: Record<string, string>, path: string, message: string) {
  messages[path] = messages[path] ? `${messages[path]}; ${message}` : message;
}

/**
 * Places each of a 400's field errors at its input. Fields are named by the key they had when the
 * request was sent, so a field moved since keeps its own errors.
 */
export function designerErrorsOf(error: unknown, sentFields: FieldDraft[]): DesignerErrors {
  if (!(error instanceof ApiError) || error.errors.length === 0) {
    return NO_ERRORS;
  }
  const placed: DesignerErrors = { schema: {}, fields: {}, other: [] };
  for (const { path, message } of error.errors) {
    const match = FIELD_PATH.exec(path);
    const field = match ? sentFields.at(Number(match[1])) : undefined;
    if (match && field) {
      const inner = match.at(2) ?? '';
      const messages = (placed.fields[field.key] ??= {});
      if (FIELD_INPUTS.has(innermost(inner))) {
        append(messages, inner, message);
      } else {
        const place = `Field ${Number(match[1]) + 1}${field.name.trim() ? ` (${field.name.trim()})` : ''}`;
        placed.other.push({ place: inner ? `${place}, ${inner}` : place, message });
      }
    } else if (SCHEMA_INPUTS.has(path)) {
      append(placed.schema, path, message);
    } else {
      placed.other.push({ place: path === 'fields' ? 'Fields' : path, message });
    }
  }
  return placed;
}

export function errorCount(errors: DesignerErrors): number {
  const fieldErrors = Object.values(errors.fields).reduce((sum, messages) => sum + Object.keys(messages).length, 0);
  return Object.keys(errors.schema).length + fieldErrors + errors.other.length;
}

/** Whether a failed save was refused because someone saved a newer version meanwhile. */
export function isVersionConflict(error: unknown): boolean {
  return error instanceof ApiError && error.status === 412;
}
