import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';

export type Tenant = components['schemas']['TenantOverview'];
export type NewTenant = components['schemas']['NewTenant'];
export type TenantQuota = components['schemas']['TenantQuota'];
export type QuotaUpdate = components['schemas']['QuotaUpdate'];
export type TenantPrivacyBudget = components['schemas']['TenantPrivacyBudget'];
export type TenantPrivacyBudgetUpdate = components['schemas']['TenantPrivacyBudgetUpdate'];
export type AdminJob = components['schemas']['RunningJob'];

export const adminKeys = {
  tenants: ['admin', 'tenants'] as const,
  tenant: (id: string) => ['admin', 'tenants', id] as const,
  quota: (id: string) => ['admin', 'tenants', id, 'quota'] as const,
  privacyBudget: (id: string) => ['admin', 'tenants', id, 'privacy-budget'] as const,
  jobs: ['admin', 'jobs'] as const,
};

export function listTenants(client: ApiClient): Promise<Tenant[]> {
  return bodyOf(client.api.GET('/api/admin/tenants'));
}

export function getTenant(client: ApiClient, id: string): Promise<Tenant> {
  return bodyOf(client.api.GET('/api/admin/tenants/{id}', { params: { path: { id } } }));
}

export function createTenant(client: ApiClient, tenant: NewTenant): Promise<Tenant> {
  return bodyOf(client.api.POST('/api/admin/tenants', { body: tenant }));
}

/** Suspends a tenant (its users and keys are refused) or resumes it. */
export function setSuspended(client: ApiClient, id: string, suspended: boolean): Promise<Tenant> {
  const options = { params: { path: { id } } };
  return bodyOf(
    suspended
      ? client.api.POST('/api/admin/tenants/{id}/suspend', options)
      : client.api.POST('/api/admin/tenants/{id}/resume', options),
  );
}

export function getQuota(client: ApiClient, tenantId: string): Promise<TenantQuota> {
  return bodyOf(client.api.GET('/api/admin/tenants/{tenant}/quotas', { params: { path: { tenant: tenantId } } }));
}

export function setQuota(client: ApiClient, tenantId: string, update: QuotaUpdate): Promise<TenantQuota> {
  return bodyOf(
    client.api.PUT('/api/admin/tenants/{tenant}/quotas', { params: { path: { tenant: tenantId } }, body: update }),
  );
}

/** Running and queued jobs of every tenant: what they are and where they run, never their data. */
export function listJobs(client: ApiClient): Promise<AdminJob[]> {
  return bodyOf(client.api.GET('/api/admin/jobs'));
}

/** Cancels a generation job as its tenant; it stops within moments. Training runs cannot be cancelled. */
export function cancelJob(client: ApiClient, job: Pick<AdminJob, 'id' | 'tenantId'>): Promise<AdminJob> {
  return bodyOf(
    client.api.POST('/api/admin/jobs/{id}/cancel', {
      params: { path: { id: job.id }, query: { tenant: job.tenantId } },
    }),
  );
}

export function getPrivacyBudget(client: ApiClient, tenantId: string): Promise<TenantPrivacyBudget> {
  return bodyOf(
    client.api.GET('/api/admin/tenants/{tenant}/privacy-budget', { params: { path: { tenant: tenantId } } }),
  );
}

/** A null ε or δ returns it to the platform default. */
export function setPrivacyBudget(
  client: ApiClient,
  tenantId: string,
  update: TenantPrivacyBudgetUpdate,
): Promise<TenantPrivacyBudget> {
  return bodyOf(
    client.api.PUT('/api/admin/tenants/{tenant}/privacy-budget', {
      params: { path: { tenant: tenantId } },
      body: update,
    }),
  );
}
