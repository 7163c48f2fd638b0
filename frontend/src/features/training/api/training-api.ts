import type { ApiClient } from '@/lib/api-client';
import type { Page } from '@/lib/page';

import type { SeedChoice, TrainingRun, TrainRequest } from './training-types';

/** The newest seeds are the likeliest choice; older ones stay reachable through the API. */
const SEED_CHOICES = 100;

export const RUNS_PAGE_SIZE = 20;

export const trainingKeys = {
  run: (id: string) => ['training', id] as const,
  seedChoices: ['training', 'seed-choices'] as const,
  lists: ['training', 'list'] as const,
  list: (schemaId: string, page: number) => ['training', 'list', schemaId, page] as const,
};

export function startTraining(client: ApiClient, request: TrainRequest): Promise<TrainingRun> {
  return client.post<TrainingRun>('/api/train', request);
}

export function getTrainingRun(client: ApiClient, id: string): Promise<TrainingRun> {
  return client.get<TrainingRun>(`/api/train/${encodeURIComponent(id)}/status`);
}

/** A schema's runs, newest first, as the server orders them. */
export function listTrainingRuns(client: ApiClient, schemaId: string, page: number): Promise<Page<TrainingRun>> {
  return client.get<Page<TrainingRun>>('/api/train', { query: { schemaId, page, size: RUNS_PAGE_SIZE } });
}

export async function listSeedChoices(client: ApiClient): Promise<SeedChoice[]> {
  const page = await client.get<Page<SeedChoice>>('/api/seeds', {
    query: { page: 0, size: SEED_CHOICES, sort: 'createdAt,desc' },
  });
  return page.content;
}
