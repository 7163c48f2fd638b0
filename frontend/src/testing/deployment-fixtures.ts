// Test data may know a feature's types; features never import from here.
import type { Deployment } from '@/features/deployments/api/deployments-api';

/** A five-day deployment starting on Monday 2026-11-30 whose first three batches were produced: done, cancelled, running. */
export function aDeployment(overrides: Partial<Deployment> = {}): Deployment {
  return {
    id: 'deployment-1',
    schemaId: 'schema-1',
    schemaName: 'Patients',
    schemaVersion: 2,
    recordsPerDay: 10_000,
    days: 5,
    startDate: '2026-11-30',
    seed: '8072165390114558381',
    format: 'csv',
    gzip: true,
    dateField: 'admitted_on',
    nextDay: 3,
    status: 'ACTIVE',
    batches: [
      { day: 0, date: '2026-11-30', generationJobId: 'job-a', status: 'COMPLETED' },
      { day: 1, date: '2026-12-01', generationJobId: 'job-b', status: 'CANCELLED' },
      { day: 2, date: '2026-12-02', generationJobId: 'job-c', status: 'RUNNING' },
    ],
    ...overrides,
  };
}
