import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';

/** The signed-in user as the API sees them after verifying the token. */
export type Me = components['schemas']['CurrentUser'];

export function getMe(client: ApiClient): Promise<Me> {
  return bodyOf(client.api.GET('/api/me'));
}
