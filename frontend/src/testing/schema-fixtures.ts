// Test data may know a feature's types; features never import from here.
import type { Schema } from '@/features/schemas/api/schema-types';

export function aSchema(overrides: Partial<Schema> = {}): Schema {
  return {
    id: '6f1c2c64-6f0e-4a53-9d7e-0d5f3f8f7c11',
    version: 3,
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-24T09:30:00Z',
    updatedBy: 'alice',
    sourceSeedId: null,
    name: 'Patients',
    description: 'Hospital admissions',
    domain: 'healthcare',
    fields: [
      {
        name: 'patient_id',
        type: 'string',
        constraints: { required: true, unique: true },
        model: 'auto',
        privacyLevel: 'medium',
      },
      {
        name: 'age',
        type: 'integer',
        constraints: { required: false, unique: false, min: 0, max: 120 },
        model: 'auto',
        privacyLevel: 'medium',
      },
    ],
    targetVolume: { recordsPerDay: 10000, days: 30 },
    privacySettings: { differentialPrivacy: false, syntheticRatio: 100 },
    ...overrides,
  };
}

export function aPage(content: Schema[], page = 0, totalPages = 1) {
  return { content, page: { number: page, size: 20, totalElements: content.length, totalPages } };
}
