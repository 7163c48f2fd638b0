import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient, type DownloadedFile } from '@/lib/api-client';

import type { SignedManifest } from '@/lib/manifest-verification';

export type GenerationJob = components['schemas']['GenerationView'];
export type GenerationStatus = GenerationJob['status'];
export type GenerationRequest = components['schemas']['GenerationRequest'];
export type JobPage = components['schemas']['PagedModelGenerationView'];

/**
 * The metrics answer: the engine's report plus the job's timing. A job generated from the schema
 * alone has no report, only `note` and the timing, so every part of the report may be missing; and
 * the engine writes an undefined number (NaN) as null, whatever the document says.
 */
export type MetricsReport = Partial<components['schemas']['EvaluationReport']> &
  Partial<components['schemas']['MetricsAdditions']>;

export const OUTPUT_FORMATS = ['csv', 'jsonl', 'json', 'xlsx', 'parquet'] as const;
export const SINKS = ['file', 'table'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type Sink = (typeof SINKS)[number];

export const JOBS_PAGE_SIZE = 20;

export const generationKeys = {
  job: (id: string) => ['generation', id] as const,
  report: (id: string) => ['generation', id, 'report'] as const,
  manifest: (id: string) => ['generation', id, 'manifest'] as const,
  lists: ['generation', 'list'] as const,
  /** One page of a schema's jobs, or of all the tenant's jobs when `schemaId` is undefined. */
  list: (schemaId: string | undefined, page: number, size: number = JOBS_PAGE_SIZE) =>
    ['generation', 'list', schemaId ?? 'all', page, size] as const,
};

export function startGeneration(client: ApiClient, request: GenerationRequest): Promise<GenerationJob> {
  return bodyOf(client.api.POST('/api/generate', { body: request }));
}

/** Newest first, as the server orders them. */
export function listGenerationJobs(
  client: ApiClient,
  schemaId: string | undefined,
  page: number,
  size: number = JOBS_PAGE_SIZE,
): Promise<JobPage> {
  return bodyOf(
    client.api.GET('/api/generate', {
      params: { query: { schemaId, pageable: { page, size } } },
    }),
  );
}

export function getGenerationJob(client: ApiClient, id: string): Promise<GenerationJob> {
  return bodyOf(client.api.GET('/api/generate/{id}/status', { params: { path: { id } } }));
}

export function cancelGeneration(client: ApiClient, id: string): Promise<GenerationJob> {
  return bodyOf(client.api.POST('/api/generate/{id}/cancel', { params: { path: { id } } }));
}

/** The quality and privacy report with the job's timing (the server answers 409 until the job is complete). */
export function getMetricsReport(client: ApiClient, id: string): Promise<MetricsReport> {
  return bodyOf(client.api.GET('/api/generate/{id}/metrics', { params: { path: { id } } }));
}

export function downloadOutput(client: ApiClient, id: string): Promise<DownloadedFile> {
  return client.download(`/api/generate/${encodeURIComponent(id)}/download`, `synthetic-${id}`);
}

/** The job's signed manifest (a JWS; 409 until the job is complete, 404 for jobs completed before manifests). */
export function getManifest(client: ApiClient, id: string): Promise<SignedManifest> {
  return bodyOf(client.api.GET('/api/generate/{id}/manifest', { params: { path: { id } } }));
}
