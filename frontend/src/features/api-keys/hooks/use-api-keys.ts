import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import { apiKeyKeys, createApiKey, listApiKeys, revokeApiKey, type ApiKeyRequest } from '../api/api-keys-api';

export function useApiKeys() {
  const client = useApiClient();
  // "last used" changes whenever a program calls with a key, so the list is read afresh when shown
  return useQuery({ queryKey: apiKeyKeys.all, queryFn: () => listApiKeys(client), staleTime: 0 });
}

/**
 * Creates a key. The answer carries the secret, so it is handed to the caller and never put in the
 * cache: the list is read again from the server, which never sends a secret.
 */
export function useCreateApiKey() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ApiKeyRequest) => createApiKey(client, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}

export function useRevokeApiKey(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => revokeApiKey(client, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeyKeys.all }),
  });
}
