import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import { getTemplate, instantiateTemplate, listTemplates, templateKeys } from '../api/templates-api';
import type { InstantiateRequest, InstantiatedDataset } from '../api/template-types';

/** Templates change only with a release: read once per session. */
export function useTemplates() {
  const client = useApiClient();
  return useQuery({ queryKey: templateKeys.all, queryFn: () => listTemplates(client), staleTime: Infinity });
}

export function useTemplate(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: templateKeys.one(id), queryFn: () => getTemplate(client, id), staleTime: Infinity });
}

export function useInstantiateTemplate(id: string, onCreated: (dataset: InstantiatedDataset) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: InstantiateRequest) => instantiateTemplate(client, id, request),
    onSuccess: async (dataset) => {
      onCreated(dataset);
      // the new dataset and its schemas show in their lists
      await queryClient.invalidateQueries({ queryKey: ['datasets'] });
      await queryClient.invalidateQueries({ queryKey: ['schemas'] });
    },
  });
}
