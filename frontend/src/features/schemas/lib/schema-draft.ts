import type {
  Constraints,
  FieldDefinition,
  FieldModel,
  FieldType,
  PrivacyLevel,
  SchemaDefinition,
  SemanticKind,
} from '../api/schema-types';

/** A field as typed into the designer: numbers and bounds stay text until the definition is built. */
export interface FieldDraft {
  /** Identity across reorders and removals; never sent. */
  key: number;
  name: string;
  type: FieldType;
  description: string;
  required: boolean;
  unique: boolean;
  /** A number, or an ISO-8601 date or date-time for temporal fields. */
  min: string;
  max: string;
  minLength: string;
  maxLength: string;
  pattern: string;
  enumValues: string[];
  model: FieldModel;
  privacyLevel: PrivacyLevel;
  semanticKind: SemanticKind | '';
  /** Date-time pattern (java.time) the values of a temporal field are written in. */
  format: string;
  foreignKey: string;
  joinTable: string;
  /** How values are written; blank means the default. */
  trueText: string;
  falseText: string;
  decimals: string;
  trailingZeros: boolean;
  missing: string;
  /** The members of a json object, each a field of its own. */
  members: FieldDraft[];
  /** The item of an array, declared once for every item; none leaves the engine to learn or guess it. */
  items: FieldDraft | null;
  minItems: string;
  maxItems: string;
  /** What a seed showed; never edited here, but kept so saving does not drop it. */
  observed?: Constraints;
}

export interface SchemaDraft {
  name: string;
  description: string;
  domain: string;
  recordsPerDay: string;
  days: string;
  differentialPrivacy: boolean;
  epsilon: string;
  /** Blank: the platform's default δ. */
  delta: string;
  syntheticRatio: string;
  fields: FieldDraft[];
}

const NUMERIC: readonly FieldType[] = ['number', 'integer'];
const TEMPORAL: readonly FieldType[] = ['date', 'datetime'];

/** Which properties a type has; the designer shows and sends only those (the server refuses the others). */
export const applies = {
  bounds: (type: FieldType) => NUMERIC.includes(type) || TEMPORAL.includes(type),
  temporal: (type: FieldType) => TEMPORAL.includes(type),
  numeric: (type: FieldType) => NUMERIC.includes(type),
  text: (type: FieldType) => type === 'string',
  enumValues: (type: FieldType) => type !== 'boolean' && type !== 'json' && type !== 'array',
  unique: (type: FieldType) => type !== 'boolean',
  booleanText: (type: FieldType) => type === 'boolean',
  decimals: (type: FieldType) => type === 'number',
  members: (type: FieldType) => type === 'json',
  items: (type: FieldType) => type === 'array',
};

let nextFieldKey = 0;

export function emptyField(): FieldDraft {
  nextFieldKey += 1;
  return {
    key: nextFieldKey,
    name: '',
    type: 'string',
    description: '',
    required: false,
    unique: false,
    min: '',
    max: '',
    minLength: '',
    maxLength: '',
    pattern: '',
    enumValues: [],
    model: 'auto',
    privacyLevel: 'medium',
    semanticKind: '',
    format: '',
    foreignKey: '',
    joinTable: '',
    trueText: '',
    falseText: '',
    decimals: '',
    trailingZeros: false,
    missing: '',
    members: [],
    items: null,
    minItems: '',
    maxItems: '',
  };
}

export function emptySchemaDraft(): SchemaDraft {
  return {
    name: '',
    description: '',
    domain: '',
    recordsPerDay: '1000',
    days: '30',
    differentialPrivacy: false,
    epsilon: '',
    delta: '',
    syntheticRatio: '100',
    fields: [emptyField()],
  };
}

function text(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function fieldDraftOf(field: FieldDefinition): FieldDraft {
  const constraints = field.constraints;
  const written = field.representation;
  return {
    ...emptyField(),
    name: field.name ?? '',
    type: field.type ?? 'string',
    description: field.description ?? '',
    required: constraints?.required ?? false,
    unique: constraints?.unique ?? false,
    min: text(constraints?.min),
    max: text(constraints?.max),
    minLength: text(constraints?.minLength),
    maxLength: text(constraints?.maxLength),
    pattern: constraints?.pattern ?? '',
    enumValues: constraints?.enum ?? [],
    model: field.model ?? 'auto',
    privacyLevel: field.privacyLevel ?? 'medium',
    semanticKind: field.semanticKind ?? '',
    format: field.format ?? '',
    foreignKey: field.relationships?.foreignKey ?? '',
    joinTable: field.relationships?.joinTable ?? '',
    trueText: written?.trueText ?? '',
    falseText: written?.falseText ?? '',
    decimals: text(written?.decimals),
    trailingZeros: written?.trailingZeros ?? false,
    missing: written?.missing ?? '',
    members: (field.fields ?? []).map(fieldDraftOf),
    items: field.items ? fieldDraftOf(field.items) : null,
    minItems: text(constraints?.minItems),
    maxItems: text(constraints?.maxItems),
    ...(field.observed ? { observed: field.observed } : {}),
  };
}

/** The draft of a stored or imported definition, e.g. to edit it into its next version. */
export function schemaDraftOf(definition: SchemaDefinition): SchemaDraft {
  const privacy = definition.privacySettings;
  const fields = definition.fields ?? [];
  return {
    name: definition.name ?? '',
    description: definition.description ?? '',
    domain: definition.domain ?? '',
    recordsPerDay: text(definition.targetVolume?.recordsPerDay),
    days: text(definition.targetVolume?.days),
    differentialPrivacy: privacy?.differentialPrivacy ?? false,
    epsilon: text(privacy?.epsilon),
    delta: text(privacy?.delta),
    syntheticRatio: text(privacy?.syntheticRatio ?? 100),
    fields: fields.length > 0 ? fields.map(fieldDraftOf) : [emptyField()],
  };
}

/** Blank means "not given"; anything else that is no number goes as typed, for the server to name. */
function numberOrText(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') {
    return undefined;
  }
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

function bound(type: FieldType, value: string): number | string | undefined {
  return applies.numeric(type) ? numberOrText(value) : value.trim() || undefined;
}

function present<T extends object>(entries: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(entries).filter(([, value]) => value !== undefined && value !== ''),
  ) as Partial<T>;
}

function constraintsOf(draft: FieldDraft): Constraints {
  const { type } = draft;
  return {
    required: draft.required,
    unique: applies.unique(type) && draft.unique,
    ...present({
      min: applies.bounds(type) ? bound(type, draft.min) : undefined,
      max: applies.bounds(type) ? bound(type, draft.max) : undefined,
      minLength: applies.text(type) ? numberOrText(draft.minLength) : undefined,
      maxLength: applies.text(type) ? numberOrText(draft.maxLength) : undefined,
      pattern: applies.text(type) ? draft.pattern.trim() : undefined,
      minItems: applies.items(type) ? numberOrText(draft.minItems) : undefined,
      maxItems: applies.items(type) ? numberOrText(draft.maxItems) : undefined,
    }),
    ...(applies.enumValues(type) && draft.enumValues.length > 0 ? { enum: draft.enumValues } : {}),
  } as Constraints;
}

function representationOf(draft: FieldDraft): FieldDefinition['representation'] {
  const { type } = draft;
  const decimals = applies.decimals(type) ? numberOrText(draft.decimals) : undefined;
  return present({
    trueText: applies.booleanText(type) ? draft.trueText.trim() : undefined,
    falseText: applies.booleanText(type) ? draft.falseText.trim() : undefined,
    decimals,
    trailingZeros: decimals === undefined ? undefined : draft.trailingZeros,
    missing: draft.missing.trim(),
  }) as FieldDefinition['representation'];
}

/** Only what the user set, and only what applies to the field's type. */
export function fieldDefinitionOf(draft: FieldDraft): FieldDefinition {
  const relationships = present({ foreignKey: draft.foreignKey.trim(), joinTable: draft.joinTable.trim() });
  return {
    name: draft.name.trim(),
    type: draft.type,
    constraints: constraintsOf(draft),
    representation: representationOf(draft),
    model: draft.model,
    privacyLevel: draft.privacyLevel,
    ...present({
      description: draft.description.trim(),
      semanticKind: applies.text(draft.type) && draft.semanticKind !== '' ? draft.semanticKind : undefined,
      format: applies.temporal(draft.type) ? draft.format.trim() : undefined,
    }),
    ...(Object.keys(relationships).length > 0 ? { relationships } : {}),
    ...(applies.members(draft.type) && draft.members.length > 0
      ? { fields: draft.members.map(fieldDefinitionOf) }
      : {}),
    ...(applies.items(draft.type) && draft.items ? { items: itemDefinitionOf(draft.items) } : {}),
    ...(draft.observed ? { observed: draft.observed } : {}),
  };
}

/** An array's item has no name of its own unless the user gave one. */
function itemDefinitionOf(draft: FieldDraft): FieldDefinition {
  const { name, ...item } = fieldDefinitionOf(draft);
  return name ? { name, ...item } : item;
}

export function schemaDefinitionOf(draft: SchemaDraft): SchemaDefinition {
  const epsilon = numberOrText(draft.epsilon);
  return {
    name: draft.name.trim(),
    description: draft.description.trim(),
    domain: draft.domain.trim(),
    fields: draft.fields.map(fieldDefinitionOf),
    targetVolume: {
      recordsPerDay: numberOrText(draft.recordsPerDay),
      days: numberOrText(draft.days),
    } as SchemaDefinition['targetVolume'],
    privacySettings: {
      differentialPrivacy: draft.differentialPrivacy,
      epsilon: draft.differentialPrivacy ? epsilon : undefined,
      delta: draft.differentialPrivacy ? numberOrText(draft.delta) : undefined,
      syntheticRatio: numberOrText(draft.syntheticRatio) ?? 100,
    } as SchemaDefinition['privacySettings'],
  };
}

/** The fields with the one at `from` moved to `to`; the same list when either is out of range. */
export function moveField(fields: FieldDraft[], from: number, to: number): FieldDraft[] {
  if (from < 0 || to < 0 || from >= fields.length || to >= fields.length || from === to) {
    return fields;
  }
  const moved = [...fields];
  const [field] = moved.splice(from, 1);
  moved.splice(to, 0, field);
  return moved;
}
