import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';
import { refreshWhileUnfinished } from '@/lib/job-list-refresh';
import { saveFile } from '@/lib/save-file';

import {
  cancelGeneration,
  downloadOutput,
  generationKeys,
  getMetricsReport,
  listGenerationJobs,
  startGeneration,
} from '../api/generation-api';
import type { GenerationRequest } from '../api/generation-types';
import { isFinished } from '../lib/job-progress';

export function useStartGeneration() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: GenerationRequest) => startGeneration(client, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: generationKeys.lists }),
  });
}

/** A page of a schema's generation jobs, or of all the tenant's when `schemaId` is undefined. */
export function useGenerationJobPage(schemaId: string | undefined, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: generationKeys.list(schemaId, page),
    queryFn: () => listGenerationJobs(client, schemaId, page),
    placeholderData: keepPreviousData,
    ...refreshWhileUnfinished(isFinished),
  });
}

export function useCancelGeneration(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelGeneration(client, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: generationKeys.job(id) }),
  });
}

export function useMetricsReport(id: string, enabled: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: generationKeys.report(id),
    queryFn: () => getMetricsReport(client, id),
    enabled,
    staleTime: Infinity,
  });
}

export function useDownloadOutput(id: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: () => downloadOutput(client, id),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
  });
}
