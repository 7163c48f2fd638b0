import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import {
  createDeployment,
  deploymentKeys,
  getDeployment,
  listDeployments,
  listSchemas,
  runNextBatch,
  type DeploymentDraft,
} from '../api/deployments-api';
import { hasUnfinishedBatch } from '../lib/batch-calendar';

/** While a batch is being produced, its state is read this often; otherwise a new day's batch shows within a minute. */
const BUSY_REFRESH_MILLIS = 5_000;
const IDLE_REFRESH_MILLIS = 60_000;

export function useDeployment(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: deploymentKeys.one(id),
    queryFn: () => getDeployment(client, id),
    refetchInterval: ({ state }) =>
      state.data && hasUnfinishedBatch(state.data) ? BUSY_REFRESH_MILLIS : IDLE_REFRESH_MILLIS,
  });
}

/** A page of the tenant's deployments, newest first, read afresh whenever it is shown. */
export function useDeploymentPage(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: deploymentKeys.list(page),
    queryFn: () => listDeployments(client, page),
    placeholderData: keepPreviousData,
    staleTime: 0,
    refetchInterval: ({ state }) => (state.data?.content.some(hasUnfinishedBatch) ? BUSY_REFRESH_MILLIS : false),
  });
}

export function useSchemas() {
  const client = useApiClient();
  return useQuery({ queryKey: deploymentKeys.schemas, queryFn: () => listSchemas(client) });
}

export function useCreateDeployment() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ schemaId, draft }: { schemaId: string; draft: DeploymentDraft }) =>
      createDeployment(client, schemaId, draft),
    onSuccess: (deployment) => {
      queryClient.setQueryData(deploymentKeys.one(deployment.id), deployment);
      return queryClient.invalidateQueries({ queryKey: deploymentKeys.all });
    },
  });
}

export function useRunNextBatch(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => runNextBatch(client, id),
    onSuccess: (deployment) => queryClient.setQueryData(deploymentKeys.one(id), deployment),
  });
}
