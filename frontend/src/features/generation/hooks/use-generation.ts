import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';
import { saveFile } from '@/lib/save-file';

import {
  cancelGeneration,
  downloadOutput,
  generationKeys,
  getGenerationJob,
  getMetricsReport,
  startGeneration,
} from '../api/generation-api';
import type { GenerationRequest } from '../api/generation-types';
import { isFinished } from '../lib/job-progress';

const POLL_MILLIS = 2_000;

export function useStartGeneration() {
  const client = useApiClient();
  return useMutation({ mutationFn: (request: GenerationRequest) => startGeneration(client, request) });
}

/** The job's status; polled every two seconds while `poll` is set and the job runs. */
export function useGenerationJob(id: string, poll: boolean) {
  const client = useApiClient();
  return useQuery({
    queryKey: generationKeys.job(id),
    queryFn: () => getGenerationJob(client, id),
    refetchInterval: (query) => (poll && !(query.state.data && isFinished(query.state.data)) ? POLL_MILLIS : false),
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
