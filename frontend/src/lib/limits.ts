import { formatBytes, formatCompactCount, formatCount } from './format';

/** What a limit counts, as the usage endpoint names it. */
export type LimitUnit = 'rows' | 'bytes' | 'jobs' | 'requests-per-minute';

/** Every limit a tenant works under, by the name the API gives it, with words for people. */
export const LIMITS = {
  rowsPerDay: { label: 'Rows generated a day', unit: 'rows' },
  rowsPerMonth: { label: 'Rows generated a month', unit: 'rows' },
  rowsPerJob: { label: 'Rows in one job', unit: 'rows' },
  concurrentJobs: { label: 'Queued and running jobs', unit: 'jobs' },
  storageBytes: { label: 'Stored seeds and generated files', unit: 'bytes' },
  maxSeedBytes: { label: 'Largest seed upload', unit: 'bytes' },
  tableRows: { label: 'Rows kept in the synthetic data table', unit: 'rows' },
  requestsPerMinutePerKey: { label: 'API requests a minute of one user or key', unit: 'requests-per-minute' },
  requestsPerMinutePerTenant: { label: 'API requests a minute of the whole tenant', unit: 'requests-per-minute' },
} as const satisfies Record<string, { label: string; unit: LimitUnit }>;

export type LimitName = keyof typeof LIMITS;

export const LIMIT_NAMES = Object.keys(LIMITS) as LimitName[];

export function isLimitName(name: string): name is LimitName {
  return Object.hasOwn(LIMITS, name);
}

/** An amount in a limit's unit, short: "1.2M rows", "3.4 GiB", "2 jobs", "600 requests a minute". */
export function formatAmount(unit: LimitUnit, amount: number): string {
  switch (unit) {
    case 'rows':
      return `${formatCompactCount(amount)} ${amount === 1 ? 'row' : 'rows'}`;
    case 'bytes':
      return formatBytes(amount);
    case 'jobs':
      return `${formatCount(amount)} ${amount === 1 ? 'job' : 'jobs'}`;
    case 'requests-per-minute':
      return `${formatCount(amount)} ${amount === 1 ? 'request' : 'requests'} a minute`;
  }
}
