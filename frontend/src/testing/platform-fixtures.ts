// Test data may know a feature's types; features never import from here.
import type { AdminJob, Tenant, TenantQuota } from '@/features/admin/api/admin-api';
import type { ApiKey, CreatedApiKey } from '@/features/api-keys/api/api-keys-api';
import type { AuditEvent, AuditPage } from '@/features/audit/api/audit-api';
import type { Usage, UsageItem } from '@/features/usage/api/usage-api';

/** An active key of alice's that may read and generate. */
export function anApiKey(overrides: Partial<ApiKey> = {}): ApiKey {
  return {
    id: '0b7a6c52-1d1e-4f4e-9a55-6d2f1c0e9a01',
    name: 'nightly export',
    prefix: 'ab12cd34',
    scopes: ['read', 'generate'],
    createdAt: '2026-11-20T09:00:00Z',
    createdBy: 'alice',
    expiresAt: null,
    lastUsedAt: '2026-11-25T03:00:00Z',
    revokedAt: null,
    status: 'active',
    ...overrides,
  };
}

export const A_SECRET = 'syn_ab12cd34_Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC1rZXktMDAw';

export function aCreatedApiKey(overrides: Partial<CreatedApiKey> = {}): CreatedApiKey {
  return { ...anApiKey(), secret: A_SECRET, ...overrides };
}

export function aUsageItem(overrides: Partial<UsageItem> = {}): UsageItem {
  return {
    limit: 'rowsPerDay',
    label: 'Rows generated today',
    value: 5_000_000,
    used: 1_200_000,
    unit: 'rows',
    resetsAt: '2026-11-26T00:00:00Z',
    ...overrides,
  };
}

/** acme's usage: a day's rows partly used, storage nearly full, a per-job cap and a rate. */
export function aUsage(items: UsageItem[] = defaultItems()): Usage {
  return { tenantId: 'acme', items };
}

function defaultItems(): UsageItem[] {
  return [
    aUsageItem(),
    aUsageItem({
      limit: 'storageBytes',
      label: 'Stored seeds and generated files',
      unit: 'bytes',
      value: 1024 ** 3,
      used: 0.9 * 1024 ** 3,
      resetsAt: null,
    }),
    aUsageItem({ limit: 'rowsPerJob', label: 'Rows in one job', value: 1_000_000, used: null, resetsAt: null }),
    aUsageItem({
      limit: 'requestsPerMinutePerKey',
      label: 'API requests per minute of one user or API key',
      unit: 'requests-per-minute',
      value: 600,
      used: null,
      resetsAt: null,
    }),
  ];
}

export function anAuditEvent(overrides: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: '5d0c8d8e-8f3e-4c8a-b0a4-2b9d6f7a1c22',
    at: '2026-11-25T10:15:00Z',
    tenantId: 'acme',
    actor: 'alice',
    actorKind: 'user',
    action: 'api-key.created',
    target: 'ab12cd34',
    details: { name: 'nightly export', scopes: ['read'] },
    sourceIp: '203.0.113.7',
    ...overrides,
  };
}

export function anAuditPage(content: AuditEvent[], page = 0, totalPages = 1): AuditPage {
  return { content, page: { number: page, size: 25, totalElements: content.length, totalPages } };
}

export function aTenant(overrides: Partial<Tenant> = {}): Tenant {
  return {
    id: 'acme',
    name: 'Acme Corp',
    status: 'active',
    createdAt: '2026-01-10T08:00:00Z',
    createdBy: null,
    suspendedAt: null,
    suspendedBy: null,
    runningJobs: 2,
    queuedJobs: 1,
    rowsToday: 1_200_000,
    rowsThisMonth: 30_000_000,
    storageBytes: 3 * 1024 ** 3,
    activeKeys: 4,
    ...overrides,
  };
}

/** The platform defaults, as the quota of a tenant without limits of its own. */
export function aTenantQuota(overrides: Partial<TenantQuota> = {}): TenantQuota {
  return {
    tenantId: 'acme',
    maxSeedBytes: 256 * 1024 ** 2,
    rowsPerDay: 5_000_000,
    rowsPerMonth: 100_000_000,
    rowsPerJob: 1_000_000,
    concurrentJobs: 2,
    storageBytes: 10 * 1024 ** 3,
    tableRows: 10_000_000,
    requestsPerMinutePerKey: 600,
    requestsPerMinutePerTenant: 1_200,
    custom: false,
    updatedBy: null,
    updatedAt: null,
    ...overrides,
  };
}

export function anAdminJob(overrides: Partial<AdminJob> = {}): AdminJob {
  return {
    id: '9a1f3b7c-2e4d-4b6a-8c0e-1f2a3b4c5d6e',
    tenantId: 'globex',
    kind: 'generation',
    status: 'RUNNING',
    rows: 20_000,
    rowsWritten: 5_000,
    createdAt: '2026-11-25T10:00:00Z',
    startedAt: '2026-11-25T10:00:01Z',
    instanceId: 'app-1',
    ...overrides,
  };
}
