import { ConfirmButton } from '@/components/confirm-button';

import type { Seed } from '../api/seeds-api';
import { useDeleteSeed } from '../hooks/use-seeds';

export function DeleteSeedButton({ seed }: { seed: Pick<Seed, 'id' | 'fileName'> }) {
  const deletion = useDeleteSeed();
  return (
    <ConfirmButton
      label="Delete"
      question={`Delete “${seed.fileName}”?`}
      onConfirm={() => deletion.mutate(seed.id)}
      onCancel={() => deletion.reset()}
      pending={deletion.isPending}
      error={deletion.error}
    />
  );
}
