import type { Representation } from '@/lib/representation';

import type { FieldType, SchemaField, SchemaRequest } from '../api/schema-types';

/** A field as typed into the form: numbers stay text until the request is built. */
export interface FieldDraft {
  key: number;
  name: string;
  type: FieldType;
  required: boolean;
  unique: boolean;
  min: string;
  max: string;
  /** How values are written; blank means the default. */
  trueText: string;
  falseText: string;
  decimals: string;
  missing: string;
}

export interface SchemaDraft {
  name: string;
  description: string;
  domain: string;
  recordsPerDay: string;
  days: string;
  fields: FieldDraft[];
}

let nextFieldKey = 0;

export function emptyField(): FieldDraft {
  nextFieldKey += 1;
  return {
    key: nextFieldKey,
    name: '',
    type: 'string',
    required: false,
    unique: false,
    min: '',
    max: '',
    trueText: '',
    falseText: '',
    decimals: '',
    missing: '',
  };
}

export function emptySchemaDraft(): SchemaDraft {
  return { name: '', description: '', domain: '', recordsPerDay: '1000', days: '30', fields: [emptyField()] };
}

/** Blank means "not given"; number inputs let no other non-numeric text through. */
function numberOrNull(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') {
    return null;
  }
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Only what the user set, and only what applies to the field's type. */
function toRepresentation(draft: FieldDraft): Representation {
  const decimals = numberOrNull(draft.decimals);
  return {
    ...(draft.type === 'boolean' && draft.trueText.trim() !== '' ? { trueText: draft.trueText.trim() } : {}),
    ...(draft.type === 'boolean' && draft.falseText.trim() !== '' ? { falseText: draft.falseText.trim() } : {}),
    ...(draft.type === 'number' && decimals !== null ? { decimals, trailingZeros: true } : {}),
    ...(draft.missing.trim() !== '' ? { missing: draft.missing.trim() } : {}),
  };
}

function toField(draft: FieldDraft): SchemaField {
  const min = numberOrNull(draft.min);
  const max = numberOrNull(draft.max);
  return {
    name: draft.name.trim(),
    type: draft.type,
    constraints: {
      required: draft.required,
      unique: draft.unique,
      ...(min === null ? {} : { min }),
      ...(max === null ? {} : { max }),
    },
    representation: toRepresentation(draft),
    model: 'auto',
    privacyLevel: 'medium',
  };
}

export function toSchemaRequest(draft: SchemaDraft): SchemaRequest {
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    domain: draft.domain.trim(),
    fields: draft.fields.map(toField),
    targetVolume: { recordsPerDay: numberOrNull(draft.recordsPerDay), days: numberOrNull(draft.days) },
    privacySettings: { differentialPrivacy: false, epsilon: null, syntheticRatio: 100 },
  };
}
