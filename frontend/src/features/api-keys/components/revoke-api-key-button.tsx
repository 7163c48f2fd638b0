import { ConfirmButton } from '@/components/confirm-button';

import type { ApiKey } from '../api/api-keys-api';
import { useRevokeApiKey } from '../hooks/use-api-keys';

/** Revokes a key at once; programs using it are refused from then on, so this asks first. */
export function RevokeApiKeyButton({ apiKey }: { apiKey: ApiKey }) {
  const revocation = useRevokeApiKey(apiKey.id);
  return (
    <ConfirmButton
      label="Revoke"
      question={`Revoke “${apiKey.name}”? Programs using it are refused from now on.`}
      dismissLabel="Keep it"
      onConfirm={() => revocation.mutate()}
      onCancel={() => revocation.reset()}
      pending={revocation.isPending}
      error={revocation.error}
    />
  );
}
