import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import { createSchema, deleteSchema, getSchema, listSchemas, previewSchema, schemaKeys } from '../api/schemas-api';
import type { Schema, SchemaRequest } from '../api/schema-types';

export function useSchemaPage(page: number) {
  const client = useApiClient();
  return useQuery({
    queryKey: schemaKeys.page(page),
    queryFn: () => listSchemas(client, page),
    placeholderData: keepPreviousData,
  });
}

export function useCreateSchema(onCreated: (schema: Schema) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SchemaRequest) => createSchema(client, request),
    onSuccess: async (schema) => {
      onCreated(schema);
      await queryClient.invalidateQueries({ queryKey: schemaKeys.all });
    },
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

export function useSchema(id: string) {
  const client = useApiClient();
  return useQuery({ queryKey: schemaKeys.one(id), queryFn: () => getSchema(client, id) });
}

/** A mutation, not a query: each click asks for rows afresh (a model may have been trained since). */
export function useSyntheticPreview(id: string) {
  const client = useApiClient();
  return useMutation({ mutationFn: () => previewSchema(client, id) });
}
