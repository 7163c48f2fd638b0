export const OUTPUT_FORMATS = ['csv', 'jsonl', 'json', 'xlsx'] as const;
export const SINKS = ['file', 'table'] as const;

export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export type Sink = (typeof SINKS)[number];

export interface GenerationRequest {
  schemaId: string;
  rows: number;
  /** Absent: the server picks one at random. */
  seed?: number;
  format: OutputFormat;
  sink: Sink;
}

export type GenerationStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED' | 'CANCELLED';

export interface GenerationJob {
  id: string;
  schemaId: string;
  schemaVersion: number;
  trainingRunId: string | null;
  rows: number;
  seed: number;
  format: OutputFormat;
  gzip: boolean;
  partitions: number;
  tableSink: boolean;
  /** Share of the rows that are real seed rows; 0 for fully synthetic data. */
  realShare: number;
  status: GenerationStatus;
  /**
   * A fraction in [0, 1], as soon as the job's evaluation has run (before its rows are written, so
   * a running job may have them); null until then, and for data made from the schema alone.
   * `utilityScore` is the same as `qualityScore`, under the product proposal's name.
   */
  qualityScore: number | null;
  utilityScore: number | null;
  privacyScore: number | null;
  /** Seconds from the job's first start to its end; null until it has finished. */
  generationTime: number | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}
