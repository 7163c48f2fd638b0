import { useQuery } from '@tanstack/react-query';

import type { components } from '@/api/schema.gen';
import { bodyOf, type ApiClient } from '@/lib/api-client';
import { useApiClient } from '@/lib/api-client-context';

/** A seed's privacy budget, what DP trainings spent of it, and its ledger, newest entry first. */
export type SeedPrivacyBudget = components['schemas']['SeedPrivacyBudget'];
export type PrivacyLedgerEntry = components['schemas']['PrivacyLedgerEntry'];

/** One key for every page that shows it, so a training started anywhere refreshes them all. */
export function seedPrivacyBudgetKey(seedId: string) {
  return ['privacy-budget', seedId] as const;
}

export function getSeedPrivacyBudget(client: ApiClient, seedId: string): Promise<SeedPrivacyBudget> {
  return bodyOf(client.api.GET('/api/seeds/{seed}/privacy-budget', { params: { path: { seed: seedId } } }));
}

/** Trainings spend from it, so it is read on each visit; only when {@code wanted} (e.g. a training would spend). */
export function useSeedPrivacyBudget(seedId: string, wanted = true) {
  const client = useApiClient();
  return useQuery({
    queryKey: seedPrivacyBudgetKey(seedId),
    queryFn: () => getSeedPrivacyBudget(client, seedId),
    enabled: wanted && seedId !== '',
  });
}
