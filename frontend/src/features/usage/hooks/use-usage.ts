import { useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import { getTenantUsage, getUsage, usageKeys } from '../api/usage-api';

/** Jobs add rows and uploads add bytes while the page is open; usage is read again this often. */
const REFRESH_MILLIS = 30_000;

export function useUsage() {
  const client = useApiClient();
  return useQuery({
    queryKey: usageKeys.mine,
    queryFn: () => getUsage(client),
    staleTime: 0,
    refetchInterval: REFRESH_MILLIS,
  });
}

export function useTenantUsage(tenantId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: usageKeys.tenant(tenantId),
    queryFn: () => getTenantUsage(client, tenantId),
    staleTime: 0,
    refetchInterval: REFRESH_MILLIS,
  });
}

/** Reads a tenant's usage again at once, e.g. after an admin changed its limits. */
export function useRefreshTenantUsage(tenantId: string): () => void {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: usageKeys.tenant(tenantId) });
}
