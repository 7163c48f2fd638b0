import type { ApiClient, DownloadedFile } from '@/lib/api-client';
import type { Page } from '@/lib/page';

import type { GenerationJob, GenerationRequest } from './generation-types';

export const JOBS_PAGE_SIZE = 20;

export const generationKeys = {
  job: (id: string) => ['generation', id] as const,
  report: (id: string) => ['generation', id, 'report'] as const,
  lists: ['generation', 'list'] as const,
  /** One page of a schema's jobs, or of all the tenant's jobs when `schemaId` is undefined. */
  list: (schemaId: string | undefined, page: number) => ['generation', 'list', schemaId ?? 'all', page] as const,
};

function jobPath(id: string): string {
  return `/api/generate/${encodeURIComponent(id)}`;
}

export function startGeneration(client: ApiClient, request: GenerationRequest): Promise<GenerationJob> {
  return client.post<GenerationJob>('/api/generate', request);
}

/** Newest first, as the server orders them. */
export function listGenerationJobs(
  client: ApiClient,
  schemaId: string | undefined,
  page: number,
): Promise<Page<GenerationJob>> {
  return client.get<Page<GenerationJob>>('/api/generate', { query: { schemaId, page, size: JOBS_PAGE_SIZE } });
}

export function getGenerationJob(client: ApiClient, id: string): Promise<GenerationJob> {
  return client.get<GenerationJob>(`${jobPath(id)}/status`);
}

export function cancelGeneration(client: ApiClient, id: string): Promise<GenerationJob> {
  return client.post<GenerationJob>(`${jobPath(id)}/cancel`, undefined);
}

/** The full quality and privacy report; its shape belongs to the engine and is shown as is. */
export function getMetricsReport(client: ApiClient, id: string): Promise<unknown> {
  return client.get<unknown>(`${jobPath(id)}/metrics`);
}

export function downloadOutput(client: ApiClient, id: string): Promise<DownloadedFile> {
  return client.download(`${jobPath(id)}/download`, `synthetic-${id}`);
}
