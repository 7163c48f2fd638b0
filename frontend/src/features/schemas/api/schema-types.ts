import type { Representation } from '@/lib/representation';

export const FIELD_TYPES = ['string', 'number', 'integer', 'boolean', 'date', 'datetime', 'json', 'array'] as const;

export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
}

export interface SchemaField {
  name: string;
  type: FieldType;
  constraints: FieldConstraints;
  representation?: Representation;
  model: string;
  privacyLevel: 'low' | 'medium' | 'high';
}

export interface TargetVolume {
  recordsPerDay: number | null;
  days: number | null;
}

export interface PrivacySettings {
  differentialPrivacy: boolean;
  epsilon: number | null;
  syntheticRatio: number;
}

export interface SchemaRequest {
  name: string;
  description: string;
  domain: string;
  fields: SchemaField[];
  targetVolume: TargetVolume;
  privacySettings: PrivacySettings;
}

export interface Schema extends SchemaRequest {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A few synthetic rows made on the spot: by the newest trained model, else from the schema alone. */
export interface SyntheticPreview {
  source: 'trained' | 'schema-only';
  trainingRunId: string | null;
  schemaVersion: number;
  columns: string[];
  /** Values as the download writes them (missing ones as the field's marker, such as NA); null where a value is missing and the field has no marker. */
  rows: (string | null)[][];
}
