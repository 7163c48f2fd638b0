// Test data may know a feature's types; features never import from here.
import type { GenerationJob } from '@/features/generation/api/generation-types';
import type { JobProgress } from '@/lib/follow-job-events';
import type { Page } from '@/lib/page';

export function aJobProgress(overrides: Partial<JobProgress> = {}): JobProgress {
  return {
    jobId: 'job-1',
    phase: 'generating',
    rowsDone: 0,
    rowsTotal: 20_000,
    rowsPerSecond: 0,
    etaSeconds: null,
    qualityScore: null,
    privacyScore: null,
    finished: false,
    ...overrides,
  };
}

export function aGenerationJob(overrides: Partial<GenerationJob> = {}): GenerationJob {
  return {
    id: 'job-1',
    schemaId: 'schema-1',
    schemaVersion: 1,
    trainingRunId: 'run-1',
    rows: 20_000,
    seed: 42,
    format: 'csv',
    gzip: true,
    partitions: 1,
    tableSink: false,
    realShare: 0,
    status: 'RUNNING',
    qualityScore: null,
    utilityScore: null,
    privacyScore: null,
    generationTime: null,
    error: null,
    createdAt: '2026-11-25T10:00:00Z',
    startedAt: '2026-11-25T10:00:01Z',
    finishedAt: null,
    ...overrides,
  };
}

export function aJobPage(content: GenerationJob[], page = 0, totalPages = 1): Page<GenerationJob> {
  return { content, page: { number: page, size: 20, totalElements: content.length, totalPages } };
}
