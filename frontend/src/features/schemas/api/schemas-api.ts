import type { ApiClient } from '@/lib/api-client';
import type { Page } from '@/lib/page';

import type { Schema, SchemaRequest, SyntheticPreview } from './schema-types';

export const SCHEMAS_PAGE_SIZE = 20;
export const PREVIEW_ROWS = 20;

export const schemaKeys = {
  all: ['schemas'] as const,
  page: (page: number) => ['schemas', 'page', page] as const,
  one: (id: string) => ['schemas', 'one', id] as const,
};

function schemaPath(id: string): string {
  return `/api/schemas/${encodeURIComponent(id)}`;
}

export function listSchemas(client: ApiClient, page: number): Promise<Page<Schema>> {
  return client.get<Page<Schema>>('/api/schemas', {
    query: { page, size: SCHEMAS_PAGE_SIZE, sort: 'updatedAt,desc' },
  });
}

export function getSchema(client: ApiClient, id: string): Promise<Schema> {
  return client.get<Schema>(schemaPath(id));
}

export function previewSchema(client: ApiClient, id: string): Promise<SyntheticPreview> {
  return client.post<SyntheticPreview>(`${schemaPath(id)}/preview`, undefined, { query: { rows: PREVIEW_ROWS } });
}

export function createSchema(client: ApiClient, request: SchemaRequest): Promise<Schema> {
  return client.post<Schema>('/api/schemas', request);
}

/** Sends the version the user saw, so the server refuses to delete a schema changed since. */
export function deleteSchema(client: ApiClient, schema: Pick<Schema, 'id' | 'version'>): Promise<void> {
  return client.delete(schemaPath(schema.id), {
    headers: { 'If-Match': `"${schema.version}"` },
  });
}
