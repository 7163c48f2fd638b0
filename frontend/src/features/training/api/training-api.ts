import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';
import type { Page } from '@/lib/page';

export type TrainingRun = components['schemas']['TrainingRunView'];
export type TrainingStatus = TrainingRun['status'];
type TrainRequestBody = components['schemas']['TrainRequest'];
/**
 * The held-out share defaults to the quality preset's when left out, and ε and δ to the schema's
 * privacy settings, which the API document does not say.
 */
export type TrainRequest = Omit<TrainRequestBody, 'holdoutShare' | 'epsilon' | 'delta'> &
  Partial<Pick<TrainRequestBody, 'epsilon' | 'delta'>>;
export type PrivacyPreset = TrainRequest['privacy'];
export type QualityPreset = TrainRequest['quality'];
export type Seed = components['schemas']['SeedView'];
export type SchemaDefinition = components['schemas']['SchemaResponse'];
export type ClippedField = components['schemas']['ClippedField'];

export const PRIVACY_PRESETS: readonly PrivacyPreset[] = ['standard', 'high', 'maximum'];
export const QUALITY_PRESETS: readonly QualityPreset[] = ['standard', 'high'];

/** The newest seeds are the likeliest choice; older ones stay reachable through the API. */
const SEED_CHOICES = 100;

export const RUNS_PAGE_SIZE = 20;

export const trainingKeys = {
  run: (id: string) => ['training', id] as const,
  seedChoices: ['training', 'seed-choices'] as const,
  seedColumns: (seedId: string) => ['training', 'seed-columns', seedId] as const,
  schema: (schemaId: string) => ['training', 'schema', schemaId] as const,
  lists: ['training', 'list'] as const,
  list: (schemaId: string, page: number) => ['training', 'list', schemaId, page] as const,
};

export function isFinished(run: TrainingRun): boolean {
  return run.status === 'COMPLETED' || run.status === 'FAILED';
}

export function startTraining(client: ApiClient, request: TrainRequest): Promise<TrainingRun> {
  return bodyOf(client.api.POST('/api/train', { body: request as TrainRequestBody }));
}

export function getTrainingRun(client: ApiClient, id: string): Promise<TrainingRun> {
  return bodyOf(client.api.GET('/api/train/{id}/status', { params: { path: { id } } }));
}

/** A schema's runs, newest first, as the server orders them. */
export function listTrainingRuns(client: ApiClient, schemaId: string, page: number): Promise<Page<TrainingRun>> {
  return bodyOf(
    client.api.GET('/api/train', {
      params: { query: { schemaId, pageable: { page, size: RUNS_PAGE_SIZE } } },
    }),
  );
}

export async function listSeedChoices(client: ApiClient): Promise<Seed[]> {
  const page = await bodyOf(
    client.api.GET('/api/seeds', {
      params: { query: { pageable: { page: 0, size: SEED_CHOICES, sort: ['createdAt,desc'] } } },
    }),
  );
  return page.content;
}

/** The seed's column names, from its profile (a seed never changes, so this is read once). */
export async function getSeedColumns(client: ApiClient, seedId: string): Promise<string[]> {
  const profile = await bodyOf(client.api.GET('/api/seeds/{id}/profile', { params: { path: { id: seedId } } }));
  return profile.columns;
}

export function getSchema(client: ApiClient, schemaId: string): Promise<SchemaDefinition> {
  return bodyOf(client.api.GET('/api/schemas/{id}', { params: { path: { id: schemaId } } }));
}
