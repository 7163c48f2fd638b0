import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';

export type ApiKey = components['schemas']['ApiKeyView'];
/** A new key with its secret, the only answer that ever carries it. */
export type CreatedApiKey = components['schemas']['CreatedApiKey'];
export type ApiKeyRequest = components['schemas']['ApiKeyRequest'];
export type Scope = ApiKey['scopes'][number];

export const apiKeyKeys = {
  all: ['api-keys'] as const,
};

/** The tenant's keys, newest first, revoked and expired ones included. */
export function listApiKeys(client: ApiClient): Promise<ApiKey[]> {
  return bodyOf(client.api.GET('/api/keys'));
}

export function createApiKey(client: ApiClient, request: ApiKeyRequest): Promise<CreatedApiKey> {
  return bodyOf(client.api.POST('/api/keys', { body: request }));
}

export async function revokeApiKey(client: ApiClient, id: string): Promise<void> {
  await client.api.DELETE('/api/keys/{id}', { params: { path: { id } } });
}
