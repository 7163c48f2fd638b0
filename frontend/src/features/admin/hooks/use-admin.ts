import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import {
  adminKeys,
  cancelJob,
  createTenant,
  getPrivacyBudget,
  getQuota,
  getTenant,
  listJobs,
  listTenants,
  setPrivacyBudget,
  setQuota,
  setSuspended,
  type AdminJob,
  type NewTenant,
  type QuotaUpdate,
  type TenantPrivacyBudgetUpdate,
} from '../api/admin-api';

/** Jobs start and end by themselves: the list of every tenant's jobs is read this often. */
const JOBS_REFRESH_MILLIS = 2_000;

export function useTenants() {
  const client = useApiClient();
  // usage columns move with every job, so the list is read afresh when shown
  return useQuery({ queryKey: adminKeys.tenants, queryFn: () => listTenants(client), staleTime: 0 });
}

export function useTenant(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: adminKeys.tenant(id), queryFn: () => getTenant(client, id), staleTime: 0 });
}

export function useCreateTenant() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (tenant: NewTenant) => createTenant(client, tenant),
    onSuccess: (tenant) => {
      queryClient.setQueryData(adminKeys.tenant(tenant.id), tenant);
      return queryClient.invalidateQueries({ queryKey: adminKeys.tenants, exact: true });
    },
  });
}

export function useSetSuspended(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (suspended: boolean) => setSuspended(client, id, suspended),
    onSuccess: (tenant) => {
      queryClient.setQueryData(adminKeys.tenant(id), tenant);
      return queryClient.invalidateQueries({ queryKey: adminKeys.tenants, exact: true });
    },
  });
}

export function useQuota(tenantId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: adminKeys.quota(tenantId), queryFn: () => getQuota(client, tenantId) });
}

export function useSetQuota(tenantId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: QuotaUpdate) => setQuota(client, tenantId, update),
    onSuccess: (quota) => queryClient.setQueryData(adminKeys.quota(tenantId), quota),
  });
}

export function useJobs() {
  const client = useApiClient();
  return useQuery({
    queryKey: adminKeys.jobs,
    queryFn: () => listJobs(client),
    staleTime: 0,
    refetchInterval: JOBS_REFRESH_MILLIS,
  });
}

export function useCancelJob(job: Pick<AdminJob, 'id' | 'tenantId'>) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelJob(client, job),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.jobs }),
  });
}

export function usePrivacyBudget(tenantId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: adminKeys.privacyBudget(tenantId), queryFn: () => getPrivacyBudget(client, tenantId) });
}

export function useSetPrivacyBudget(tenantId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (update: TenantPrivacyBudgetUpdate) => setPrivacyBudget(client, tenantId, update),
    onSuccess: (budget) => queryClient.setQueryData(adminKeys.privacyBudget(tenantId), budget),
  });
}
