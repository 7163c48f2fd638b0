import { useMutation, useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import { getTrainingRun, listSeedChoices, startTraining, trainingKeys } from '../api/training-api';
import { isFinished, type TrainRequest } from '../api/training-types';

/** Training publishes no event stream of its own that the API relays, so its status is polled. */
const POLL_MILLIS = 2_000;

export function useSeedChoices() {
  const client = useApiClient();
  return useQuery({ queryKey: trainingKeys.seedChoices, queryFn: () => listSeedChoices(client) });
}

export function useStartTraining() {
  const client = useApiClient();
  return useMutation({ mutationFn: (request: TrainRequest) => startTraining(client, request) });
}

export function useTrainingRun(id: string | undefined) {
  const client = useApiClient();
  return useQuery({
    queryKey: trainingKeys.run(id ?? ''),
    queryFn: () => getTrainingRun(client, id ?? ''),
    enabled: id !== undefined,
    refetchInterval: (query) => (query.state.data && isFinished(query.state.data) ? false : POLL_MILLIS),
  });
}
