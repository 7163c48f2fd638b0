import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';

import { bodyOf } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-client-context';
import { saveFile } from '@/lib/save-file';

import {
  cancelDatasetJob,
  createFromSeeds,
  createTableSchema,
  datasetKeys,
  deleteDataset,
  detectRelationships,
  downloadDataset,
  downloadTable,
  generateDataset,
  getDataset,
  getTraining,
  listDatasetJobs,
  listDatasets,
  listSeedChoices,
  previewDataset,
  trainDataset,
  updateDataset,
} from '../api/datasets-api';
import type {
  Dataset,
  DatasetRequest,
  FromSeedsRequest,
  GenerateRequest,
  SchemaDefinition,
  TableRelationship,
  TrainRequest,
} from '../api/dataset-types';
import { isRunFinished } from '../lib/dataset-runs';
import { requestOf } from '../lib/relationship-draft';

const POLL_MILLIS = 2_000;

export function useDatasetPage(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: datasetKeys.page(page),
    queryFn: () => listDatasets(client, page),
    placeholderData: keepPreviousData,
  });
}

export function useDataset(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: datasetKeys.one(id), queryFn: () => getDataset(client, id) });
}

/** The definitions of a dataset's tables, read through the schemas API each table names. */
export function useTableSchemas(dataset: Dataset | undefined) {
  const client = useApiClient();
  return useQueries({
    queries: (dataset?.tables ?? []).map((table) => ({
      queryKey: ['schemas', 'one', table.schemaId],
      queryFn: () => bodyOf(client.api.GET('/api/schemas/{id}', { params: { path: { id: table.schemaId } } })),
    })),
  });
}

function useSavedDataset() {
  const queryClient = useQueryClient();
  return async (dataset: Dataset) => {
    queryClient.setQueryData(datasetKeys.one(dataset.id), dataset);
    await queryClient.invalidateQueries({ queryKey: datasetKeys.all });
  };
}

export function useUpdateDataset(id: string) {
  const client = useApiClient();
  const saved = useSavedDataset();
  return useMutation({
    mutationFn: (request: DatasetRequest) => updateDataset(client, id, request),
    onSuccess: saved,
  });
}

export interface JoinTable {
  definition: SchemaDefinition;
  /** The two links from the join table to the tables it joins. */
  relationships: TableRelationship[];
}

/**
 * Many-to-many as one gesture: the join table's schema is made first, then the dataset is saved
 * with it and both its links, on top of the relationships drawn so far.
 */
export function useAddJoinTable(dataset: Dataset) {
  const client = useApiClient();
  const saved = useSavedDataset();
  return useMutation({
    mutationFn: async ({ join, drawn }: { join: JoinTable; drawn: TableRelationship[] }) => {
      const schema = await createTableSchema(client, join.definition);
      const request = requestOf(dataset, [...drawn, ...join.relationships]);
      return updateDataset(client, dataset.id, { ...request, tableSchemaIds: [...request.tableSchemaIds, schema.id] });
    },
    onSuccess: saved,
  });
}

export function useDeleteDataset() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteDataset(client, id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: datasetKeys.all }),
  });
}

export function useDetectRelationships() {
  const client = useApiClient();
  return useMutation({ mutationFn: (seedIds: string[]) => detectRelationships(client, seedIds) });
}

export function useCreateFromSeeds(onCreated: (dataset: Dataset) => void) {
  const client = useApiClient();
  const saved = useSavedDataset();
  return useMutation({
    mutationFn: (request: FromSeedsRequest) => createFromSeeds(client, request),
    onSuccess: async (dataset) => {
      onCreated(dataset);
      await saved(dataset);
    },
  });
}

/** A mutation: each click asks for rows afresh (a model may have been trained since). */
export function useDatasetPreview(id: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: () => previewDataset(client, id) });
}

/** The newest training run, read every two seconds until it ends; none yet is a 404. */
export function useDatasetTraining(id: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: datasetKeys.training(id),
    queryFn: () => getTraining(client, id),
    retry: false,
    refetchInterval: (query) => (query.state.data && !isRunFinished(query.state.data) ? POLL_MILLIS : false),
  });
}

export function useTrainDataset(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: TrainRequest) => trainDataset(client, id, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: datasetKeys.training(id) }),
  });
}

export function useGenerateDataset(id: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: GenerateRequest) => generateDataset(client, id, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: datasetKeys.jobs(id) }),
  });
}

export function useDatasetJobs(datasetId: string) {
  const client = useApiClient();
  return useQuery({
    queryKey: datasetKeys.jobs(datasetId),
    queryFn: () => listDatasetJobs(client, datasetId),
    refetchInterval: (query) => (query.state.data?.some((job) => !isRunFinished(job)) ? POLL_MILLIS : false),
  });
}

export function useCancelDatasetJob(jobId: string) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => cancelDatasetJob(client, jobId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: datasetKeys.job(jobId) }),
  });
}

/** The whole dataset (no table) or one table's file. */
export function useDownloadDataset(jobId: string) {
  const client = useApiClient();
  return useMutation({
    mutationFn: (table?: string) => (table ? downloadTable(client, jobId, table) : downloadDataset(client, jobId)),
    onSuccess: ({ blob, fileName }) => saveFile(blob, fileName),
  });
}

/** The tenant's newest seeds, to pick one per table. */
export function useSeedChoices() {
  const client = useApiClient();
  return useQuery({ queryKey: datasetKeys.seedChoices, queryFn: () => listSeedChoices(client) });
}
