import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient, type DownloadedFile } from '@/lib/api-client';
import type { SignedManifest } from '@/lib/manifest-verification';
import type { Page } from '@/lib/page';

import type {
  Dataset,
  DatasetJob,
  DatasetPage,
  DatasetPreview,
  DatasetRequest,
  DatasetTraining,
  Detection,
  FromSeedsRequest,
  GenerateRequest,
  SchemaDefinition,
  TrainRequest,
} from './dataset-types';

export const DATASETS_PAGE_SIZE = 20;
/** The seeds offered for a dataset's tables are picked from the newest ones. */
const SEED_CHOICES = 100;

export type Seed = components['schemas']['SeedView'];
export const DATASET_PREVIEW_ROWS = 5;

export const datasetKeys = {
  all: ['datasets'] as const,
  page: (page: number) => ['datasets', 'page', page] as const,
  one: (id: string) => ['datasets', 'one', id] as const,
  training: (id: string) => ['datasets', 'one', id, 'training'] as const,
  jobs: (id: string) => ['datasets', 'one', id, 'jobs'] as const,
  job: (jobId: string) => ['dataset-jobs', jobId] as const,
  manifest: (jobId: string) => ['dataset-jobs', jobId, 'manifest'] as const,
  seedChoices: ['datasets', 'seed-choices'] as const,
};

const path = (template: string, ...ids: string[]) =>
  ids.reduce((built, id) => built.replace('{}', encodeURIComponent(id)), template);

export function listDatasets(client: ApiClient, page: number): Promise<DatasetPage> {
  return client.send('GET', `/api/datasets?page=${page}&size=${DATASETS_PAGE_SIZE}&sort=updatedAt%2Cdesc`);
}

export function getDataset(client: ApiClient, id: string): Promise<Dataset> {
  return client.send('GET', path('/api/datasets/{}', id));
}

export function createDataset(client: ApiClient, request: DatasetRequest): Promise<Dataset> {
  return client.send('POST', '/api/datasets', request);
}

export function updateDataset(client: ApiClient, id: string, request: DatasetRequest): Promise<Dataset> {
  return client.send('PUT', path('/api/datasets/{}', id), request);
}

export function deleteDataset(client: ApiClient, id: string): Promise<void> {
  return client.send('DELETE', path('/api/datasets/{}', id));
}

/** A join table for a many-to-many link is a schema of its own, made before the dataset names it. */
export function createTableSchema(client: ApiClient, definition: SchemaDefinition): Promise<{ id: string }> {
  return client.send('POST', '/api/schemas', definition);
}

export function detectRelationships(client: ApiClient, seedIds: string[]): Promise<Detection> {
  return client.send('POST', '/api/datasets/detect', { seedIds });
}

export function createFromSeeds(client: ApiClient, request: FromSeedsRequest): Promise<Dataset> {
  return client.send('POST', '/api/datasets/from-seeds', request);
}

export function previewDataset(client: ApiClient, id: string): Promise<DatasetPreview> {
  return client.send('POST', `${path('/api/datasets/{}/preview', id)}?rows=${DATASET_PREVIEW_ROWS}`);
}

export function trainDataset(client: ApiClient, id: string, request: TrainRequest): Promise<DatasetTraining> {
  return client.send('POST', path('/api/datasets/{}/train', id), request);
}

export function getTraining(client: ApiClient, id: string): Promise<DatasetTraining> {
  return client.send('GET', path('/api/datasets/{}/training', id));
}

export function generateDataset(client: ApiClient, id: string, request: GenerateRequest): Promise<{ id: string }> {
  return client.send('POST', path('/api/datasets/{}/generate', id), request);
}

export function getDatasetJob(client: ApiClient, jobId: string): Promise<DatasetJob> {
  return client.send('GET', path('/api/dataset-jobs/{}', jobId));
}

/** Newest first; read as a plain list or as the first page of a paged one. */
export async function listDatasetJobs(client: ApiClient, datasetId: string): Promise<DatasetJob[]> {
  const answer = await client.send<DatasetJob[] | Page<DatasetJob>>(
    'GET',
    `/api/dataset-jobs?datasetId=${encodeURIComponent(datasetId)}&sort=createdAt%2Cdesc`,
  );
  return Array.isArray(answer) ? answer : answer.content;
}

export function cancelDatasetJob(client: ApiClient, jobId: string): Promise<DatasetJob> {
  return client.send('POST', path('/api/dataset-jobs/{}/cancel', jobId));
}

export function downloadDataset(client: ApiClient, jobId: string): Promise<DownloadedFile> {
  return client.download(path('/api/dataset-jobs/{}/download', jobId), `dataset-${jobId}.zip`);
}

export function downloadTable(client: ApiClient, jobId: string, table: string): Promise<DownloadedFile> {
  return client.download(path('/api/dataset-jobs/{}/tables/{}/download', jobId, table), table);
}

/** The job's signed manifest (a JWS with each table's parts; 409 until the job is complete). */
export function getDatasetManifest(client: ApiClient, jobId: string): Promise<SignedManifest> {
  return bodyOf(client.api.GET('/api/dataset-jobs/{id}/manifest', { params: { path: { id: jobId } } }));
}

export async function listSeedChoices(client: ApiClient): Promise<Seed[]> {
  const page = await bodyOf(
    client.api.GET('/api/seeds', {
      params: { query: { pageable: { page: 0, size: SEED_CHOICES, sort: ['createdAt,desc'] } } },
    }),
  );
  return page.content;
}
