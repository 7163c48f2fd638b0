import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';
import { refreshWhileUnfinished } from '@/lib/job-list-refresh';
import { useFollowedJob } from '@/lib/use-followed-job';

import { getTrainingRun, listSeedChoices, listTrainingRuns, startTraining, trainingKeys } from '../api/training-api';
import { isFinished, type TrainRequest } from '../api/training-types';
import { progressFromRun } from '../lib/training-progress';

export function useSeedChoices() {
  const client = useApiClient();
  return useQuery({ queryKey: trainingKeys.seedChoices, queryFn: () => listSeedChoices(client) });
}

export function useStartTraining() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TrainRequest) => startTraining(client, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKeys.lists }),
  });
}

/** One run's status and its phase, live from its event stream or polled (see {@link useFollowedJob}). */
export function useTrainingRun(id: string) {
  const client = useApiClient();
  const { status, progress, following } = useFollowedJob({
    jobId: id,
    statusKey: trainingKeys.run(id),
    fetchStatus: () => getTrainingRun(client, id),
    isFinished,
    toProgress: progressFromRun,
  });
  return { run: status, progress, following };
}

export function useTrainingRunPage(schemaId: string, page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: trainingKeys.list(schemaId, page),
    queryFn: () => listTrainingRuns(client, schemaId, page),
    placeholderData: keepPreviousData,
    ...refreshWhileUnfinished(isFinished),
  });
}
