import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';

/** The signed-in user as the API sees them after verifying the token. */
export type Me = components['schemas']['CurrentUser'];

export function getMe(client: ApiClient): Promise<Me> {
  return bodyOf(client.api.GET('/api/me'));
}

/** The realm role of the people who run the platform: tenants, their limits, every tenant's jobs. */
const PLATFORM_ADMIN = 'platform-admin';

/** Whether the admin area is for this user; the API checks the role again on every admin call. */
export function isPlatformAdmin(me: Me): boolean {
  return me.roles.includes(PLATFORM_ADMIN);
}
