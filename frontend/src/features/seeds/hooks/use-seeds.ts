import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import { createSchemaFromSeed, deleteSeed, getSeedProfile, getSeedQuota, listSeeds, seedKeys } from '../api/seeds-api';
import type { SchemaFromSeed, SchemaFromSeedRequest } from '../api/seed-types';

export function useSeedPage(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: seedKeys.page(page),
    queryFn: () => listSeeds(client, page),
    placeholderData: keepPreviousData,
  });
}

export function useSeedProfile(id: string) {
  const client = useApiClient();
  // A seed never changes once uploaded.
  return useQuery({ queryKey: seedKeys.profile(id), queryFn: () => getSeedProfile(client, id), staleTime: Infinity });
}

/** The largest seed the tenant may upload; an admin may change it, so it is read on each visit. */
export function useSeedQuota() {
  const client = useApiClient();
  return useQuery({ queryKey: seedKeys.quota, queryFn: () => getSeedQuota(client) });
}

export function useDeleteSeed() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteSeed(client, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: seedKeys.all }),
  });
}

export function useCreateSchemaFromSeed(seedId: string, onCreated: (schema: SchemaFromSeed) => void) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (request: SchemaFromSeedRequest) => createSchemaFromSeed(client, seedId, request),
    onSuccess: onCreated,
  });
}
