// Test data may know a feature's types; features never import from here.
import type { GenerationJob, MetricsReport } from '@/features/generation/api/generation-api';
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

/** A running job of the Customers schema; a completed one has written all its rows unless told otherwise. */
export function aGenerationJob(overrides: Partial<GenerationJob> = {}): GenerationJob {
  return {
    id: 'job-1',
    schemaId: 'schema-1',
    schemaName: 'Customers',
    rowsWritten: overrides.status === 'COMPLETED' ? (overrides.rows ?? 20_000) : 0,
    schemaVersion: 1,
    trainingRunId: 'run-1',
    rows: 20_000,
    seed: '8072165390114558381',
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

/** The engine writes an undefined correlation as null; the document types the matrices as numbers only. */
function withUndefined(matrix: (number | null)[][]): number[][] {
  return matrix as number[][];
}

/** A report as the metrics endpoint answers it: two numeric columns, one categorical, a holdout. */
export function aMetricsReport(overrides: Partial<MetricsReport> = {}): MetricsReport {
  return {
    qualityScore: 0.86,
    privacyScore: 0.93,
    rows: { training: 4_000, holdout: 1_000, synthetic: 20_000 },
    treatment: [],
    quality: {
      score: 0.86,
      columnShapes: 0.95,
      pairTrends: 0.9,
      pairsCounted: 1,
      pairTrendsLift: 0.8,
      mlEfficacy: 0.85,
      adherence: 1,
      coverage: 0.97,
      missingValueSimilarity: 1,
      efficacy: {
        target: 'churn',
        classCount: 2,
        realTrainRows: 4_000,
        syntheticTrainRows: 4_000,
        testRows: 1_000,
        realAuc: 0.8,
        syntheticAuc: 0.755,
        aucRatio: 0.94375,
        aucLiftRatio: 0.85,
        realMacroF1: 0.7,
        syntheticMacroF1: 0.63,
        f1Ratio: 0.9,
        informative: true,
      },
      columns: [
        {
          column: 'age',
          kind: 'NUMERIC',
          shapeMetric: 'KSComplement',
          shape: 0.96,
          adherenceMetric: 'BoundaryAdherence',
          adherence: 1,
          coverageMetric: 'RangeCoverage',
          coverage: 0.98,
          missingValueSimilarity: 1,
          distribution: { binEdges: [0, 10, 20, 30], real: [0.25, 0.5, 0.25], synthetic: [0.2, 0.55, 0.25] },
        },
        {
          column: 'plan',
          kind: 'CATEGORICAL',
          shapeMetric: 'TVComplement',
          shape: 0.9,
          adherenceMetric: 'CategoryAdherence',
          adherence: 1,
          coverageMetric: 'CategoryCoverage',
          coverage: 1,
          missingValueSimilarity: 1,
          distribution: { categories: ['basic', 'pro'], real: [0.6, 0.4], synthetic: [0.55, 0.45] },
        },
      ],
      pairs: [],
    },
    privacy: {
      score: 0.93,
      dcr: {
        syntheticMedian: 0.12,
        syntheticP5: 0.03,
        baselineMedian: 0.11,
        baselineP5: 0.02,
        baseline: 'holdout',
        protection: 1,
      },
      dcrShare: {
        medianToTraining: 0.12,
        medianToHoldout: 0.12,
        shareCloserToTraining: 0.51,
        rawShare: 0.8,
        expectedRawShare: 0.8,
        rows: 2_000,
        protection: 0.98,
      },
      identicalMatches: { syntheticShare: 0, baselineShare: 0.001, protection: 1 },
      nndr: { syntheticMedian: 0.85, baselineMedian: 0.83, protection: 1 },
      outliers: {
        realMeanScore: 0.4,
        syntheticMeanScore: 0.41,
        threshold: 0.6,
        syntheticOutlierShare: 0.01,
        closeDistance: 0.02,
        reproducedShare: 0,
        protection: 1,
      },
      sampledRows: 2_000,
    },
    correlations: {
      columns: ['age', 'income', 'constant'],
      real: withUndefined([
        [1, 0.5, null],
        [0.5, 1, null],
        [null, null, null],
      ]),
      synthetic: withUndefined([
        [1, 0.25, null],
        [0.25, 1, null],
        [null, null, null],
      ]),
    },
    notes: ['nearest-neighbour privacy metrics use 2000 sampled synthetic rows'],
    elapsedMillis: 5_400,
    generation: {
      rows: 20_000,
      startedAt: '2026-11-25T10:00:01Z',
      finishedAt: '2026-11-25T10:00:11Z',
      seconds: 10,
      rowsPerSecond: 2_000,
    },
    generationTime: 10,
    utilityScore: 0.86,
    ...overrides,
  };
}
