import { describeRepresentation } from '@/lib/representation';

import type { FieldDefinition } from '../api/schema-types';

function range(min: unknown, max: unknown): string {
  const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
  if (min !== undefined && max !== undefined) {
    return `${text(min)} to ${text(max)}`;
  }
  return min !== undefined ? `at least ${text(min)}` : `at most ${text(max)}`;
}

/** "required, unique, 0 to 120, one of F, M": a field's constraints in a table cell. */
export function describeConstraints(field: FieldDefinition): string {
  const c = field.constraints;
  if (!c) {
    return '';
  }
  const parts = [
    c.required ? 'required' : '',
    c.unique ? 'unique' : '',
    c.min !== undefined || c.max !== undefined ? range(c.min, c.max) : '',
    c.minLength !== undefined || c.maxLength !== undefined ? `length ${range(c.minLength, c.maxLength)}` : '',
    c.pattern ? `matches ${c.pattern}` : '',
    c.enum && c.enum.length > 0 ? `one of ${c.enum.join(', ')}` : '',
    field.relationships?.foreignKey ? `refers to ${field.relationships.foreignKey}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

export function describeWriting(field: FieldDefinition): string {
  const written = describeRepresentation(field.type ?? 'string', field.representation);
  return [written, field.format ? `format ${field.format}` : ''].filter(Boolean).join(', ');
}
