export const PRIVACY_PRESETS = ['standard', 'high', 'maximum'] as const;
export const QUALITY_PRESETS = ['standard', 'high'] as const;

export type PrivacyPreset = (typeof PRIVACY_PRESETS)[number];
export type QualityPreset = (typeof QUALITY_PRESETS)[number];

export interface TrainRequest {
  schemaId: string;
  seedId: string;
  privacy: PrivacyPreset;
  quality: QualityPreset;
}

export type TrainingStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';

export interface TrainingRun {
  id: string;
  schemaId: string;
  schemaVersion: number;
  seedId: string;
  status: TrainingStatus;
  privacy: PrivacyPreset;
  quality: QualityPreset;
  trainingRows: number | null;
  holdoutRows: number | null;
  rejectedRows: number | null;
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A seed as the training form offers it. */
export interface SeedChoice {
  id: string;
  fileName: string;
  rowCount: number;
}

export function isFinished(run: TrainingRun): boolean {
  return run.status === 'COMPLETED' || run.status === 'FAILED';
}
