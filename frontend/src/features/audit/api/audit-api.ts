import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';

export type AuditEvent = components['schemas']['AuditEvent'];
export type AuditPage = components['schemas']['PagedModelAuditEvent'];

export const AUDIT_PAGE_SIZE = 25;

export const auditKeys = {
  mine: (page: number) => ['audit', 'mine', page] as const,
  /** Every tenant's trail, or one tenant's when `tenantId` is given (platform admins). */
  all: (tenantId: string | undefined, page: number) => ['audit', 'all', tenantId ?? '', page] as const,
};

/** The calling tenant's trail, newest first. */
export function listAuditEvents(client: ApiClient, page: number): Promise<AuditPage> {
  return bodyOf(client.api.GET('/api/audit', { params: { query: { pageable: { page, size: AUDIT_PAGE_SIZE } } } }));
}

export function listAllAuditEvents(client: ApiClient, tenantId: string | undefined, page: number): Promise<AuditPage> {
  return bodyOf(
    client.api.GET('/api/admin/audit', {
      params: { query: { tenant: tenantId, pageable: { page, size: AUDIT_PAGE_SIZE } } },
    }),
  );
}
