import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import {
  createDeployment,
  deploymentKeys,
  getDeployment,
  getSchema,
  listSchemaJobs,
  listSchemas,
  runNextBatch,
  type DeploymentDraft,
} from '../api/deployments-api';

/** Batches run by themselves; a deployment's page reads them again this often while one is unfinished. */
const REFRESH_MILLIS = 5_000;

export function useDeployment(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: deploymentKeys.one(id),
    queryFn: () => getDeployment(client, id),
    refetchInterval: REFRESH_MILLIS,
  });
}

/** The jobs of the deployment's schema, by id, read again while one of them is unfinished. */
export function useBatchJobs(schemaId: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: deploymentKeys.batchJobs(schemaId ?? ''),
    queryFn: () => listSchemaJobs(client, schemaId ?? ''),
    enabled: schemaId !== undefined,
    select: (jobs) => new Map(jobs.map((job) => [job.id, job])),
    refetchInterval: ({ state }) =>
      state.data?.some((job) => job.status === 'QUEUED' || job.status === 'RUNNING') ? REFRESH_MILLIS : false,
  });
}

export function useSchemas() {
  const client = useApiClient();
  return useQuery({ queryKey: deploymentKeys.schemas, queryFn: () => listSchemas(client) });
}

export function useSchema(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: deploymentKeys.schema(id ?? ''),
    queryFn: () => getSchema(client, id ?? ''),
    enabled: id !== undefined,
  });
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
    onSuccess: (deployment) => {
      queryClient.setQueryData(deploymentKeys.one(id), deployment);
      return queryClient.invalidateQueries({ queryKey: deploymentKeys.batchJobs(deployment.schemaId) });
    },
  });
}
