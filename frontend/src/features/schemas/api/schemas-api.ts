import { bodyOf, type ApiClient } from '@/lib/api-client';

import type { FieldModelEntry, Schema, SchemaDefinition, SchemaVersionSummary, SyntheticPreview } from './schema-types';

export const SCHEMAS_PAGE_SIZE = 20;
export const PREVIEW_ROWS = 20;
/** A draft's preview is a glance while designing, so fewer rows than a saved schema's. */
export const DRAFT_PREVIEW_ROWS = 10;

export const schemaKeys = {
  all: ['schemas'] as const,
  page: (page: number) => ['schemas', 'page', page] as const,
  one: (id: string) => ['schemas', 'one', id] as const,
  versions: (id: string) => ['schemas', 'one', id, 'versions'] as const,
  version: (id: string, version: number) => ['schemas', 'one', id, 'versions', version] as const,
  models: ['schemas', 'models'] as const,
};

/** The ETag the server gives a schema version, sent back as If-Match. */
function versionTag(version: number): string {
  return `"${version}"`;
}

export function listSchemas(client: ApiClient, page: number) {
  return bodyOf(
    client.api.GET('/api/schemas', {
      params: { query: { pageable: { page, size: SCHEMAS_PAGE_SIZE, sort: ['updatedAt,desc'] } } },
    }),
  );
}

export function getSchema(client: ApiClient, id: string): Promise<Schema> {
  return bodyOf(client.api.GET('/api/schemas/{id}', { params: { path: { id } } }));
}

export function createSchema(client: ApiClient, definition: SchemaDefinition): Promise<Schema> {
  return bodyOf(client.api.POST('/api/schemas', { body: definition }));
}

/** Saves a new version on top of `basedOn`; the server answers 412 if someone saved one since. */
export function updateSchema(
  client: ApiClient,
  id: string,
  basedOn: number,
  definition: SchemaDefinition,
): Promise<Schema> {
  return bodyOf(
    client.api.PUT('/api/schemas/{id}', {
      params: { path: { id }, header: { 'If-Match': versionTag(basedOn) } },
      body: definition,
    }),
  );
}

/** Sends the version the user saw, so the server refuses to delete a schema changed since. */
export async function deleteSchema(client: ApiClient, schema: Pick<Schema, 'id' | 'version'>): Promise<void> {
  await client.api.DELETE('/api/schemas/{id}', {
    params: { path: { id: schema.id }, header: { 'If-Match': versionTag(schema.version) } },
  });
}

export function listVersions(client: ApiClient, id: string): Promise<SchemaVersionSummary[]> {
  return bodyOf(client.api.GET('/api/schemas/{id}/versions', { params: { path: { id } } }));
}

export function getVersion(client: ApiClient, id: string, version: number): Promise<Schema> {
  return bodyOf(client.api.GET('/api/schemas/{id}/versions/{version}', { params: { path: { id, version } } }));
}

export function previewSchema(client: ApiClient, id: string): Promise<SyntheticPreview> {
  return bodyOf(
    client.api.POST('/api/schemas/{id}/preview', { params: { path: { id }, query: { rows: PREVIEW_ROWS } } }),
  );
}

/** Rows from a definition that is not saved yet; a 400 lists its problems as a save would. */
export function previewDraft(client: ApiClient, definition: SchemaDefinition): Promise<SyntheticPreview> {
  return bodyOf(
    client.api.POST('/api/schemas/preview', { params: { query: { rows: DRAFT_PREVIEW_ROWS } }, body: definition }),
  );
}

export function listFieldModels(client: ApiClient): Promise<FieldModelEntry[]> {
  return bodyOf(client.api.GET('/api/models'));
}
