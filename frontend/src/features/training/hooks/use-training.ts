import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';
import { useFollowedJob } from '@/lib/use-followed-job';

import { getTrainingRun, listSeedChoices, listTrainingRuns, startTraining, trainingKeys } from '../api/training-api';
import { isFinished, type TrainRequest } from '../api/training-types';
import { progressFromRun } from '../lib/training-progress';

/** Lists follow no event streams; they are read again this often while a run on them is unfinished. */
const LIST_REFRESH_MILLIS = 5_000;

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
    refetchInterval: (query) =>
      query.state.data?.content.some((run) => !isFinished(run)) ? LIST_REFRESH_MILLIS : false,
  });
}
