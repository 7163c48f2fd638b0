import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import { auditKeys, listAllAuditEvents, listAuditEvents } from '../api/audit-api';

// a trail only grows, and the newest events come first: each page is read afresh when shown
export function useAuditPage(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: auditKeys.mine(page),
    queryFn: () => listAuditEvents(client, page),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useAllAuditPage(tenantId: string | undefined, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: auditKeys.all(tenantId, page),
    queryFn: () => listAllAuditEvents(client, tenantId, page),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}
