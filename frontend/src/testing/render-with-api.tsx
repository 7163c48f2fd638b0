import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';

import { theme } from '@/app/theme';
import { ApiClient } from '@/lib/api-client';
import { ApiClientContext } from '@/lib/api-client-context';
import { TEST_ORIGIN } from '@/testing/fetch-stub';

export const TEST_TOKEN = 'test-access-token';

export interface RenderOptions {
  /** The address the component is shown at, e.g. `/seeds/42`. */
  route?: string;
  /** The route pattern that reads parameters from it, e.g. `/seeds/:id`. */
  path?: string;
  createUploadRequest?: () => XMLHttpRequest;
}

/** Renders a component against a fake fetch, with a fresh cache, no retries and an in-memory router. */
export function renderWithApi(ui: ReactElement, fetchFn: typeof fetch, options: RenderOptions = {}) {
  const apiClient = new ApiClient({
    getAccessToken: () => Promise.resolve(TEST_TOKEN),
    baseUrl: TEST_ORIGIN,
    fetch: fetchFn,
    createUploadRequest: options.createUploadRequest,
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  const route = options.route ?? '/';
  return render(
    <MantineProvider theme={theme}>
      <ApiClientContext value={apiClient}>
        <QueryClientProvider client={queryClient}>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={options.path ?? route} element={ui} />
              <Route path="*" element={<p>Navigated away</p>} />
            </Routes>
          </MemoryRouter>
        </QueryClientProvider>
      </ApiClientContext>
    </MantineProvider>,
  );
}
