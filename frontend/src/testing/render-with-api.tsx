import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

import { ApiClient } from '@/lib/api-client';
import { ApiClientContext } from '@/lib/api-client-context';

export const TEST_TOKEN = 'test-access-token';

/** Renders a component against a fake fetch, with a fresh cache and no retries. */
export function renderWithApi(ui: ReactElement, fetchFn: typeof fetch) {
  const apiClient = new ApiClient({ getAccessToken: () => Promise.resolve(TEST_TOKEN), fetch: fetchFn });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <ApiClientContext value={apiClient}>
      <QueryClientProvider client={queryClient}>{ui}</QueryClientProvider>
    </ApiClientContext>,
  );
}
