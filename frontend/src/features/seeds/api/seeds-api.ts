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

/** What profiling saw in one column; what does not apply (no format for a number, no mean for a string) is null. */
export type FieldProfile = components['schemas']['FieldProfile'];

/** One value that breaks the schema; its value is null when it is missing. */
export type RowError = components['schemas']['RowError'];

export type SeedValidation = components['schemas']['SeedValidation'];

/**
 * A seed's profile; preview cells are null where a value is missing (a null inside a list of
 * lists is more than the document's records can say).
 */
export type SeedProfile = Omit<components['schemas']['SeedProfile'], 'preview'> & {
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
