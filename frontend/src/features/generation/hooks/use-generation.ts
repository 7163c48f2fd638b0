import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';
import { refreshWhileUnfinished } from '@/lib/job-list-refresh';
import { saveFile } from '@/lib/save-file';
import { useManifestVerification } from '@/lib/use-manifest-verification';

import {
  cancelGeneration,
  downloadOutput,
  generationKeys,
  getManifest,
  getMetricsReport,
  listGenerationJobs,
  startGeneration,
  type GenerationRequest,
} from '../api/generation-api';
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

/** How often the dashboard reads the tenant's jobs: new ones appear, running ones end. */
export const DASHBOARD_REFRESH_MILLIS = 2_000;
/** The newest jobs the dashboard looks at; running and queued jobs are among the newest. */
export const DASHBOARD_JOBS = 50;

/** The tenant's newest jobs, read every 2 s while the dashboard is open. */
export function useDashboardJobs() {
  const client = useApiClient();
  return useQuery({
    queryKey: generationKeys.list(undefined, 0, DASHBOARD_JOBS),
    queryFn: () => listGenerationJobs(client, undefined, 0, DASHBOARD_JOBS),
    staleTime: 0,
    refetchInterval: DASHBOARD_REFRESH_MILLIS,
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

/** A completed job's report; it never changes once written. */
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

/** The job's signed manifest, checked in this browser against the platform's published keys. */
export function useJobManifest(id: string) {
  return useManifestVerification(generationKeys.manifest(id), (client) => getManifest(client, id));
}
