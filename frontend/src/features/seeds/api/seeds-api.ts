import type { ApiClient } from '@/lib/api-client';
import type { Page } from '@/lib/page';
import type { UploadProgress } from '@/lib/upload-with-progress';

import type { SchemaFromSeed, SchemaFromSeedRequest, Seed, SeedProfile, SeedQuota } from './seed-types';

export const SEEDS_PAGE_SIZE = 20;

export const seedKeys = {
  all: ['seeds'] as const,
  page: (page: number) => ['seeds', 'page', page] as const,
  profile: (id: string) => ['seeds', 'profile', id] as const,
  quota: ['quota'] as const,
};

function seedPath(id: string): string {
  return `/api/seeds/${encodeURIComponent(id)}`;
}

export function listSeeds(client: ApiClient, page: number): Promise<Page<Seed>> {
  return client.get<Page<Seed>>('/api/seeds', { query: { page, size: SEEDS_PAGE_SIZE, sort: 'createdAt,desc' } });
}

export function getSeedQuota(client: ApiClient): Promise<SeedQuota> {
  return client.get<SeedQuota>('/api/quotas');
}

export function uploadSeed(client: ApiClient, file: File, onProgress: (progress: UploadProgress) => void) {
  return client.upload<Seed>('/api/seeds', 'file', file, onProgress);
}

export function getSeedProfile(client: ApiClient, id: string): Promise<SeedProfile> {
  return client.get<SeedProfile>(`${seedPath(id)}/profile`);
}

export function deleteSeed(client: ApiClient, id: string): Promise<void> {
  return client.delete(seedPath(id));
}

export function createSchemaFromSeed(client: ApiClient, id: string, request: SchemaFromSeedRequest) {
  return client.post<SchemaFromSeed>(`${seedPath(id)}/schema`, request);
}
