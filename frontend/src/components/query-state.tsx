import { Center, Loader, Text } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { ApiError } from '@/lib/api-error';

import { NotFoundPage } from './not-found-page';
import { ProblemAlert } from './problem-alert';

interface QueryStateProps<T> {
  query: Pick<UseQueryResult<T>, 'data' | 'error' | 'isPending'>;
  /** What is loading, for the status message ("Loading schema…"). */
  label: string;
  /** The not-found page's noun when the API answers 404 (another tenant's id too). */
  notFound?: string;
  children: (data: T) => ReactNode;
}

/** Loading, failed, not found, or the data: the four states every page that reads one thing has. */
export function QueryState<T>({ query, label, notFound, children }: QueryStateProps<T>) {
  if (query.isPending) {
    return <LoadingState label={label} />;
  }
  if (query.error) {
    if (notFound && query.error instanceof ApiError && query.error.status === 404) {
      return <NotFoundPage thing={notFound} />;
    }
    return <ProblemAlert error={query.error} />;
  }
  return children(query.data as T);
}

export function LoadingState({ label }: { label: string }) {
  return (
    <Center py="lg" role="status" aria-live="polite">
      <Loader size="sm" mr="sm" />
      <Text c="dimmed">{label}</Text>
    </Center>
  );
}
