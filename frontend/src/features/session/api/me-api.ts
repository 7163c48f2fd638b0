import type { ApiClient } from '@/lib/api-client';

/** The signed-in user as the API sees them after verifying the token. */
export interface Me {
  username: string;
  tenantId: string;
  roles: string[];
}

export function getMe(client: ApiClient): Promise<Me> {
  return client.get<Me>('/api/me');
}
