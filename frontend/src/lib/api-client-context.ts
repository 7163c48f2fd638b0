import { createContext, use } from 'react';

import type { ApiClient } from './api-client';

/** Lets tests hand components a client with a fake fetch instead of the signed-in one. */
export const ApiClientContext = createContext<ApiClient | null>(null);

export function useApiClient(): ApiClient {
  const client = use(ApiClientContext);
  if (client === null) {
    throw new Error('useApiClient must be used inside an ApiClientContext provider');
  }
  return client;
}
