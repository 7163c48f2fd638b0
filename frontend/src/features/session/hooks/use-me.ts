import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';

import { getMe } from '../api/me-api';

export function useMe() {
  const client = useApiClient();
  return useQuery({ queryKey: ['me'], queryFn: () => getMe(client), staleTime: Infinity });
}
