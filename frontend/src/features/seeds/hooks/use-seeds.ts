import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import {
  createSchemaFromSeed,
  deleteSeed,
  getSeedProfile,
  getSeedQuota,
  listSchemaChoices,
  listSeeds,
  seedKeys,
  validateSeed,
  type DataSchema,
} from '../api/seeds-api';

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

/** Saves a (possibly edited) detected schema; the caller decides where to go next. */
export function useCreateSchemaFromSeed(seedId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (schema: DataSchema) => createSchemaFromSeed(client, seedId, schema),
  });
}

export function useSchemaChoices() {
  const client = useApiClient();
  return useQuery({ queryKey: seedKeys.schemaChoices, queryFn: () => listSchemaChoices(client) });
}

/** Checks the seed against a schema: each run is a new answer, so it is a mutation, not a cached query. */
export function useSeedValidation(seedId: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: (schemaId: string) => validateSeed(client, schemaId, seedId) });
}
