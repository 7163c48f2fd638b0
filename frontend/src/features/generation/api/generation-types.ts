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
  tableSink: boolean;
  status: GenerationStatus;
  /** Percent, once known; null for data made from the schema alone. */
  qualityScore: number | null;
  privacyScore: number | null;
  error: string | null;
}

/** One event of `/api/jobs/{id}/events` (JobProgressEvent on the server). */
export interface JobProgress {
  jobId: string;
  /** queued, running, generating, evaluating, completed, failed or cancelled */
  phase: string;
  rowsDone: number;
  rowsTotal: number;
  rowsPerSecond: number;
  etaSeconds: number | null;
  qualityScore: number | null;
  privacyScore: number | null;
  /** Whether this is the job's last event. */
  finished: boolean;
}
