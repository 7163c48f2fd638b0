import type { DeploymentDraft, Schema } from '../api/deployments-api';

export const DEPLOYMENT_FORMATS = ['csv', 'jsonl'] as const;

export interface DeploymentForm {
  schemaId: string | null;
  recordsPerDay: number | string;
  days: number | string;
  startDate: string;
  format: (typeof DEPLOYMENT_FORMATS)[number];
  gzip: boolean;
  seed: string;
}

/** Today in UTC, as the server counts deployment days. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A new form for a schema: its target volume, starting today. */
export function formFor(schema: Schema | undefined, today: string): DeploymentForm {
  return {
    schemaId: schema?.id ?? null,
    recordsPerDay: schema?.targetVolume?.recordsPerDay ?? 10_000,
    days: schema?.targetVolume?.days ?? 30,
    startDate: today,
    format: 'csv',
    gzip: true,
    seed: '',
  };
}

/** What to send: a blank seed is left out (the server picks one); a seed travels as a string, every digit kept. */
export function toDraft(form: DeploymentForm): DeploymentDraft {
  const seed = form.seed.trim();
  return {
    recordsPerDay: Number(form.recordsPerDay),
    days: Number(form.days),
    startDate: form.startDate,
    format: form.format,
    gzip: form.gzip,
    ...(seed === '' ? {} : { seed }),
  };
}
