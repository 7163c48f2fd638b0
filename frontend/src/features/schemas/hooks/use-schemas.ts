import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import {
  createSchema,
  deleteSchema,
  getSchema,
  getVersion,
  listFieldModels,
  listSchemas,
  listVersions,
  previewDraft,
  previewSchema,
  schemaKeys,
  updateSchema,
} from '../api/schemas-api';
import type { Schema, SchemaDefinition } from '../api/schema-types';
import { isVersionConflict } from '../lib/designer-errors';

export function useSchemaPage(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: schemaKeys.page(page),
    queryFn: () => listSchemas(client, page),
    placeholderData: keepPreviousData,
  });
}

export function useSchema(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: schemaKeys.one(id), queryFn: () => getSchema(client, id) });
}

export function useSchemaVersions(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: schemaKeys.versions(id), queryFn: () => listVersions(client, id) });
}

/** One stored version; versions never change, so it is never read again. */
export function useSchemaVersion(id: string, version: number | null) {
  const client = useApiClient();
  return useQuery({
    queryKey: schemaKeys.version(id, version ?? 0),
    queryFn: () => getVersion(client, id, version ?? 0),
    enabled: version !== null,
    staleTime: Infinity,
  });
}

export function useCreateSchema(onCreated: (schema: Schema) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (definition: SchemaDefinition) => createSchema(client, definition),
    onSuccess: async (schema) => {
      queryClient.setQueryData(schemaKeys.one(schema.id), schema);
      onCreated(schema);
      await queryClient.invalidateQueries({ queryKey: schemaKeys.all });
    },
  });
}

export interface SchemaUpdate {
  basedOn: number;
  definition: SchemaDefinition;
}

export function useUpdateSchema(id: string, onSaved: (schema: Schema) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ basedOn, definition }: SchemaUpdate) => updateSchema(client, id, basedOn, definition),
    onSuccess: async (schema) => {
      queryClient.setQueryData(schemaKeys.one(schema.id), schema);
      onSaved(schema);
      await queryClient.invalidateQueries({ queryKey: schemaKeys.all });
    },
    // someone saved a newer version: read it (and its history) to show what they changed
    onError: (error) =>
      isVersionConflict(error) ? queryClient.invalidateQueries({ queryKey: schemaKeys.one(id) }) : undefined,
  });
}

export function useDeleteSchema() {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (schema: Pick<Schema, 'id' | 'version'>) => deleteSchema(client, schema),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: schemaKeys.all }),
  });
}

/** A mutation, not a query: each click asks for rows afresh (a model may have been trained since). */
export function useSyntheticPreview(id: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: () => previewSchema(client, id) });
}

export function useDraftPreview() {
  const client = useApiClient();
  return useMutation({ mutationFn: (definition: SchemaDefinition) => previewDraft(client, definition) });
}

/** The engine's models change only with a release: read once per session. */
export function useFieldModels() {
  const client = useApiClient();
  return useQuery({ queryKey: schemaKeys.models, queryFn: () => listFieldModels(client), staleTime: Infinity });
}
