import type { ApiClient, DownloadedFile } from '@/lib/api-client';

import type { GenerationJob, GenerationRequest } from './generation-types';

export const generationKeys = {
  job: (id: string) => ['generation', id] as const,
  report: (id: string) => ['generation', id, 'report'] as const,
};

function jobPath(id: string): string {
  return `/api/generate/${encodeURIComponent(id)}`;
}

export function startGeneration(client: ApiClient, request: GenerationRequest): Promise<GenerationJob> {
  return client.post<GenerationJob>('/api/generate', request);
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
