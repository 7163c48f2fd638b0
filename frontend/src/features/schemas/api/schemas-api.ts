import type { ApiClient } from '@/lib/api-client';
import type { Page } from '@/lib/page';

import type { Schema, SchemaRequest } from './schema-types';

export const SCHEMAS_PAGE_SIZE = 20;

export const schemaKeys = {
  all: ['schemas'] as const,
  page: (page: number) => ['schemas', 'page', page] as const,
};

export function listSchemas(client: ApiClient, page: number): Promise<Page<Schema>> {
  return client.get<Page<Schema>>('/api/schemas', {
    query: { page, size: SCHEMAS_PAGE_SIZE, sort: 'updatedAt,desc' },
  });
}

export function createSchema(client: ApiClient, request: SchemaRequest): Promise<Schema> {
  return client.post<Schema>('/api/schemas', request);
}

/** Sends the version the user saw, so the server refuses to delete a schema changed since. */
export function deleteSchema(client: ApiClient, schema: Pick<Schema, 'id' | 'version'>): Promise<void> {
  return client.delete(`/api/schemas/${encodeURIComponent(schema.id)}`, {
    headers: { 'If-Match': `"${schema.version}"` },
  });
}
