import { useQuery } from '@tanstack/react-query';

import { useApiClient } from '@/lib/api-client-context';
import type { ApiClient } from '@/lib/api-client';

import { verifyManifest, type SignedManifest, type Verification } from './manifest-verification';
import { getSigningKeys } from './signing-keys';

/** The manifest as served (to save it) and what checking it in this browser found. */
export interface ManifestCheck {
  signed: SignedManifest;
  verification: Verification;
}

/**
 * A job's manifest checked in this browser against the platform's published keys. Checked once:
 * a completed job's manifest never changes, and keys are only added.
 */
export function useManifestVerification(
  queryKey: readonly unknown[],
  fetchManifest: (client: ApiClient) => Promise<SignedManifest>,
) {
  const client = useApiClient();
  return useQuery({
    queryKey,
    queryFn: async (): Promise<ManifestCheck> => {
      const [signed, keys] = await Promise.all([fetchManifest(client), getSigningKeys(client)]);
      return { signed, verification: await verifyManifest(signed, keys) };
    },
    staleTime: Infinity,
  });
}
