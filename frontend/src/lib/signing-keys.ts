import { bodyOf, type ApiClient } from '@/lib/api-client';

import type { KeySet } from './manifest-verification';

/** The URL of the platform's public signing keys: no login needed, so a plain link serves it too. */
export const SIGNING_KEYS_PATH = '/.well-known/synthesis/signing-keys.json';

export function getSigningKeys(client: ApiClient): Promise<KeySet> {
  return bodyOf(client.api.GET(SIGNING_KEYS_PATH));
}
