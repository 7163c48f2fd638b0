// Test data may know a feature's types; features never import from here.
import type { TrainingRun } from '@/features/training/api/training-api';
import type { Page } from '@/lib/page';

export function aTrainingRun(overrides: Partial<TrainingRun> = {}): TrainingRun {
  return {
    id: 'run-1',
    schemaId: 'schema-1',
    schemaVersion: 1,
    seedId: 'seed-old',
    status: 'QUEUED',
    privacy: 'high',
    quality: 'high',
    trainingRows: null,
    holdoutRows: null,
    holdoutShare: 0.2,
    epsilonSpent: null,
    rejectedRows: null,
    error: null,
    createdAt: '2026-11-25T09:00:00Z',
    startedAt: null,
    finishedAt: null,
    clippedByDeclaredBounds: [],
    ...overrides,
  };
}

export function aRunPage(content: TrainingRun[], page = 0, totalPages = 1): Page<TrainingRun> {
  return { content, page: { number: page, size: 20, totalElements: content.length, totalPages } };
}
