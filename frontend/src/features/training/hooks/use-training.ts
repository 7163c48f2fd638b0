import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';

import { useApiClient } from '@/lib/api-client-context';
import { refreshWhileUnfinished } from '@/lib/job-list-refresh';
import { seedPrivacyBudgetKey } from '@/lib/seed-privacy-budget';
import type { Page } from '@/lib/page';
import { useFollowedJob } from '@/lib/use-followed-job';

import {
  getSchema,
  getSeedColumns,
  getTrainingRun,
  isFinished,
  listSeedChoices,
  listTrainingRuns,
  startTraining,
  trainingKeys,
  type TrainingRun,
  type TrainRequest,
} from '../api/training-api';
import { columnsMatch, defaultSeed } from '../lib/default-seed';
import { progressFromRun } from '../lib/training-progress';

/** The schema being trained, shared with {@link useDefaultSeed} through its query key. */
export function useTrainedSchema(schemaId: string) {
  const client = useApiClient();
  return useQuery({ queryKey: trainingKeys.schema(schemaId), queryFn: () => getSchema(client, schemaId) });
}

export function useSeedChoices() {
  const client = useApiClient();
  return useQuery({ queryKey: trainingKeys.seedChoices, queryFn: () => listSeedChoices(client) });
}

/**
 * The seed the train form starts on (see {@link defaultSeed}). Seeds are compared with the schema
 * only when neither its source nor the address names one, and only those with as many columns as
 * the schema has fields, so that few profiles are read.
 */
export function useDefaultSeed(schemaId: string, linkedSeedId: string | undefined) {
  const client = useApiClient();
  const seeds = useSeedChoices();
  const schema = useTrainedSchema(schemaId);
  const sourceSeedId = schema.data?.sourceSeedId;
  const fieldNames = (schema.data?.fields ?? []).flatMap((field) => (field.name ? [field.name] : []));
  const named = [sourceSeedId, linkedSeedId].some((id) => seeds.data?.some((seed) => seed.id === id));
  const candidates =
    schema.data && !named ? (seeds.data ?? []).filter((seed) => seed.columnCount === fieldNames.length) : [];
  const columns = useQueries({
    queries: candidates.map((seed) => ({
      queryKey: trainingKeys.seedColumns(seed.id),
      queryFn: () => getSeedColumns(client, seed.id),
      staleTime: Infinity,
    })),
  });
  const compared = schema.data !== undefined && columns.every((query) => !query.isPending);
  const matchingSeedIds = compared
    ? candidates.filter((_, index) => columnsMatch(columns[index]?.data ?? [], fieldNames)).map((seed) => seed.id)
    : undefined;
  const choice = seeds.data
    ? defaultSeed({ sourceSeedId, linkedSeedId, seeds: seeds.data, matchingSeedIds })
    : ({ seedId: null, because: 'pending' } as const);
  return { seeds, choice };
}

export function useStartTraining() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TrainRequest) => startTraining(client, request),
    onSuccess: (_run, request) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trainingKeys.lists }),
        queryClient.invalidateQueries({ queryKey: seedPrivacyBudgetKey(request.seedId) }),
      ]),
  });
}

/**
 * One run's status and its phase, live from its event stream or polled (see {@link useFollowedJob}).
 * When the run ends, every list showing it gets its final state at once and is read again, so a
 * list never says QUEUED beside "Training completed".
 */
export function useTrainingRun(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const { status, progress, following } = useFollowedJob({
    jobId: id,
    statusKey: trainingKeys.run(id),
    fetchStatus: () => getTrainingRun(client, id),
    isFinished,
    toProgress: progressFromRun,
  });
  const finished = status.data && isFinished(status.data) ? status.data : undefined;
  useEffect(() => {
    if (finished === undefined) {
      return;
    }
    queryClient.setQueriesData<Page<TrainingRun>>(
      { queryKey: trainingKeys.lists },
      (page) => page && { ...page, content: page.content.map((run) => (run.id === finished.id ? finished : run)) },
    );
    void queryClient.invalidateQueries({ queryKey: trainingKeys.lists });
  }, [finished, queryClient]);
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
