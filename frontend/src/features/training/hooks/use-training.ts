import { useMutation, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';
import { useFollowedJob } from '@/lib/use-followed-job';

import { getTrainingRun, listSeedChoices, startTraining, trainingKeys } from '../api/training-api';
import { isFinished, type TrainRequest } from '../api/training-types';
import { progressFromRun } from '../lib/training-progress';

export function useSeedChoices() {
  const client = useApiClient();
  return useQuery({ queryKey: trainingKeys.seedChoices, queryFn: () => listSeedChoices(client) });
}

export function useStartTraining() {
  const client = useApiClient();
  return useMutation({ mutationFn: (request: TrainRequest) => startTraining(client, request) });
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
