import type { components } from '@/api/schema.gen';

/** A stored schema as the API answers it: the definition plus id, version and timestamps. */
export type Schema = components['schemas']['SchemaResponse'];
/** What POST and PUT /api/schemas take (also the JSON a schema is exported as). */
export type SchemaDefinition = components['schemas']['DataSchema'];
export type Constraints = components['schemas']['Constraints'] & { minItems?: number; maxItems?: number };
export type FieldDefinition = Omit<components['schemas']['FieldDefinition'], 'constraints'> & {
  constraints?: Constraints;
  fields?: FieldDefinition[];
  items?: FieldDefinition;
};
export type SchemaVersionSummary = components['schemas']['SchemaVersionSummary'];
export type SyntheticPreview = components['schemas']['Preview'];
/** A field model the engine offers: what it does, which types it makes, which it is auto's pick for. */
export type FieldModelEntry = components['schemas']['FieldModelEntry'];

export type FieldType = NonNullable<FieldDefinition['type']>;
export type FieldModel = NonNullable<FieldDefinition['model']>;
export type PrivacyLevel = NonNullable<FieldDefinition['privacyLevel']>;
export type SemanticKind = NonNullable<FieldDefinition['semanticKind']>;

// Records over the server's unions: the compiler flags a type, model or kind the server adds.
const FIELD_TYPE_LABELS: Record<FieldType, string> = {
  string: 'string',
  number: 'number',
  integer: 'integer',
  boolean: 'boolean',
  date: 'date',
  datetime: 'datetime',
  json: 'json',
  array: 'array',
};
export const FIELD_TYPES = Object.keys(FIELD_TYPE_LABELS) as FieldType[];

const MODEL_LABELS: Record<FieldModel, string> = {
  auto: 'Automatic (engine chooses)',
  categorical: 'Categorical',
  numeric: 'Numeric',
  datetime: 'Date and time',
  text: 'Free text',
  identifier: 'Identifier',
  pattern: 'Pattern',
  fake: 'Fake values',
  json: 'JSON',
  timeseries: 'Time series',
  reference: 'Reference',
  uniform: 'Uniform',
};
export const FIELD_MODELS = Object.keys(MODEL_LABELS) as FieldModel[];
export function modelLabel(model: FieldModel): string {
  return MODEL_LABELS[model];
}

const PRIVACY_LEVEL_HINTS: Record<PrivacyLevel, string> = {
  low: 'Rare values of the seed may be reproduced',
  medium: 'The default balance of fidelity and privacy',
  high: 'Categories seen fewer than 10 times and seed texts are never reproduced',
};
export const PRIVACY_LEVELS = Object.keys(PRIVACY_LEVEL_HINTS) as PrivacyLevel[];
export function privacyLevelHint(level: PrivacyLevel): string {
  return PRIVACY_LEVEL_HINTS[level];
}

const SEMANTIC_KIND_LABELS: Record<SemanticKind, string> = {
  email: 'Email address',
  phone: 'Phone number',
  'person-name': 'Person name',
  'first-name': 'First name',
  'last-name': 'Last name',
  uuid: 'UUID',
  url: 'URL',
  'ip-address': 'IP address',
  'postal-code': 'Postal code',
  'street-address': 'Street address',
  city: 'City',
  country: 'Country',
  currency: 'Currency',
  company: 'Company',
  'credit-card': 'Credit card number',
  iban: 'IBAN',
};
export const SEMANTIC_KINDS = Object.keys(SEMANTIC_KIND_LABELS) as SemanticKind[];
export function semanticKindLabel(kind: SemanticKind): string {
  return SEMANTIC_KIND_LABELS[kind];
}
