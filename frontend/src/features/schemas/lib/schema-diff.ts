import type { SchemaDefinition } from '../api/schema-types';
import { fieldDraftOf, schemaDraftOf, type FieldDraft } from './schema-draft';

export interface PropertyChange {
  property: string;
  before: string;
  after: string;
}

export interface FieldChange {
  field: string;
  kind: 'added' | 'removed' | 'changed';
  changes: PropertyChange[];
}

/** What differs between two versions of a schema, in the words of the designer's labels. */
export interface SchemaDiff {
  schema: PropertyChange[];
  fields: FieldChange[];
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** A field's properties as the designer labels them; blank ones are left out. */
function describeField(field: FieldDraft): Record<string, string> {
  const properties: Record<string, string> = {
    Type: field.type,
    Model: field.model,
    'Privacy level': field.privacyLevel,
    Required: yesNo(field.required),
    Unique: yesNo(field.unique),
    Min: field.min,
    Max: field.max,
    'Min length': field.minLength,
    'Max length': field.maxLength,
    Pattern: field.pattern,
    'Allowed values': field.enumValues.join(', '),
    Meaning: field.semanticKind,
    Format: field.format,
    Description: field.description,
    'Foreign key': field.foreignKey,
    'Join table': field.joinTable,
    'True written as': field.trueText,
    'False written as': field.falseText,
    Decimals: field.decimals,
    'Trailing zeros': field.decimals ? yesNo(field.trailingZeros) : '',
    'Missing written as': field.missing,
  };
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== ''));
}

function changesBetween(before: Record<string, string>, after: Record<string, string>): PropertyChange[] {
  const properties = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return properties
    .filter((property) => before[property] !== after[property])
    .map((property) => ({ property, before: before[property] ?? '', after: after[property] ?? '' }));
}

function describeSchema(definition: SchemaDefinition): Record<string, string> {
  const draft = schemaDraftOf(definition);
  const properties: Record<string, string> = {
    Name: draft.name,
    Description: draft.description,
    Domain: draft.domain,
    'Records per day': draft.recordsPerDay,
    Days: draft.days,
    'Differential privacy': yesNo(draft.differentialPrivacy),
    Epsilon: draft.differentialPrivacy ? draft.epsilon : '',
    Delta: draft.differentialPrivacy ? draft.delta : '',
    'Synthetic ratio': draft.syntheticRatio,
  };
  return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== ''));
}

/** Fields are matched by name, ignoring case as the server does; a renamed field reads as removed and added. */
export function diffSchemas(before: SchemaDefinition, after: SchemaDefinition): SchemaDiff {
  const oldFields = (before.fields ?? []).map(fieldDraftOf);
  const newFields = (after.fields ?? []).map(fieldDraftOf);
  const key = (field: FieldDraft) => field.name.toLowerCase();
  const oldByName = new Map(oldFields.map((field) => [key(field), field]));
  const newByName = new Map(newFields.map((field) => [key(field), field]));

  const fields: FieldChange[] = [];
  for (const field of newFields) {
    const old = oldByName.get(key(field));
    if (!old) {
      fields.push({ field: field.name, kind: 'added', changes: changesBetween({}, describeField(field)) });
      continue;
    }
    const changes = changesBetween(describeField(old), describeField(field));
    if (old.name !== field.name) {
      changes.unshift({ property: 'Name', before: old.name, after: field.name });
    }
    if (changes.length > 0) {
      fields.push({ field: field.name, kind: 'changed', changes });
    }
  }
  for (const field of oldFields.filter((old) => !newByName.has(key(old)))) {
    fields.push({ field: field.name, kind: 'removed', changes: changesBetween(describeField(field), {}) });
  }

  const schema = changesBetween(describeSchema(before), describeSchema(after));
  const kept = (list: FieldDraft[], other: Map<string, FieldDraft>) =>
    list.filter((field) => other.has(key(field))).map((field) => field.name);
  const oldOrder = kept(oldFields, newByName).join(', ');
  const newOrder = kept(newFields, oldByName).join(', ');
  if (oldOrder.toLowerCase() !== newOrder.toLowerCase()) {
    schema.push({ property: 'Field order', before: oldOrder, after: newOrder });
  }
  return { schema, fields };
}

export function isEmptyDiff(diff: SchemaDiff): boolean {
  return diff.schema.length === 0 && diff.fields.length === 0;
}
