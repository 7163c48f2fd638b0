import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';

export type Usage = components['schemas']['TenantUsage'];
export type UsageItem = components['schemas']['Item'];

export const usageKeys = {
  mine: ['usage'] as const,
  tenant: (tenantId: string) => ['usage', 'tenant', tenantId] as const,
};

/** The calling tenant's usage against each of its limits. */
export function getUsage(client: ApiClient): Promise<Usage> {
  return bodyOf(client.api.GET('/api/usage'));
}

/** Any tenant's usage, for platform admins. */
export function getTenantUsage(client: ApiClient, tenantId: string): Promise<Usage> {
  return bodyOf(client.api.GET('/api/admin/tenants/{tenant}/usage', { params: { path: { tenant: tenantId } } }));
}
