import { z } from 'zod';

import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';
import type { Page } from '@/lib/page';
import type { UploadProgress } from '@/lib/upload-with-progress';

export const SEEDS_PAGE_SIZE = 20;
/** The schemas a seed can be checked against are picked from the newest ones. */
const SCHEMA_CHOICES = 100;

export type Seed = components['schemas']['SeedView'];
export type DataSchema = components['schemas']['DataSchema'];
type SchemaFromSeedRequest = components['schemas']['SchemaFromSeedRequest'];

type ProfiledField = components['schemas']['FieldProfile'];
type Nullable<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

/**
 * What profiling saw in one column. The engine's record leaves these null when they do not apply
 * (no format for a number, no mean for a string), which its OpenAPI description does not say yet.
 */
export type FieldProfile = Nullable<
  ProfiledField,
  'format' | 'semanticKind' | 'min' | 'max' | 'mean' | 'standardDeviation' | 'minLength' | 'maxLength'
>;

/** One value that breaks the schema; its value is null when it is missing. */
export type RowError = Nullable<components['schemas']['RowError'], 'value'>;

export type SeedValidation = Omit<components['schemas']['SeedValidation'], 'errors'> & { errors: RowError[] };

/** A seed's profile; preview cells are null where a value is missing. */
export type SeedProfile = Omit<components['schemas']['SeedProfile'], 'fields' | 'preview'> & {
  fields: FieldProfile[];
  preview: (string | null)[][];
};

export const seedKeys = {
  all: ['seeds'] as const,
  page: (page: number) => ['seeds', 'page', page] as const,
  profile: (id: string) => ['seeds', 'profile', id] as const,
  quota: ['quota'] as const,
  schemaChoices: ['seeds', 'schema-choices'] as const,
};

export function listSeeds(client: ApiClient, page: number): Promise<Page<Seed>> {
  return bodyOf(
    client.api.GET('/api/seeds', {
      params: { query: { pageable: { page, size: SEEDS_PAGE_SIZE, sort: ['createdAt,desc'] } } },
    }),
  );
}

export function getSeedQuota(client: ApiClient) {
  return bodyOf(client.api.GET('/api/quotas'));
}

export function uploadSeed(client: ApiClient, file: File, onProgress: (progress: UploadProgress) => void) {
  return client.upload<Seed>('/api/seeds', 'file', file, onProgress);
}

export function getSeedProfile(client: ApiClient, id: string): Promise<SeedProfile> {
  return bodyOf(client.api.GET('/api/seeds/{id}/profile', { params: { path: { id } } }));
}

export function deleteSeed(client: ApiClient, id: string) {
  return bodyOf(client.api.DELETE('/api/seeds/{id}', { params: { path: { id } } }));
}

/** The server describes this answer as a plain map; only the new schema's id and version are read. */
const createdSchema = z.object({ id: z.string(), version: z.number() });

export type CreatedSchema = z.infer<typeof createdSchema>;

/** Saves a schema made from the seed: the edited definition whole, named by its own name. */
export async function createSchemaFromSeed(client: ApiClient, id: string, schema: DataSchema): Promise<CreatedSchema> {
  const request: SchemaFromSeedRequest = {
    schema,
    name: schema.name ?? '',
    description: schema.description ?? '',
    domain: schema.domain ?? '',
  };
  return createdSchema.parse(
    await bodyOf(client.api.POST('/api/seeds/{id}/schema', { params: { path: { id } }, body: request })),
  );
}

/** The newest schemas, to pick one a seed is checked against. */
export async function listSchemaChoices(client: ApiClient) {
  const page = await bodyOf(
    client.api.GET('/api/schemas', {
      params: { query: { pageable: { page: 0, size: SCHEMA_CHOICES, sort: ['updatedAt,desc'] } } },
    }),
  );
  return page.content;
}

export function validateSeed(client: ApiClient, schemaId: string, seedId: string): Promise<SeedValidation> {
  const path = { id: schemaId };
  return bodyOf(client.api.POST('/api/schemas/{id}/validate', { params: { path }, body: { seedId } }));
}
