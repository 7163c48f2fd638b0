import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { useApiClient } from '@/lib/api-client-context';
import type { UploadProgress } from '@/lib/upload-with-progress';

import { seedKeys, uploadSeed, type Seed } from '../api/seeds-api';

/** Uploads a seed and keeps its latest progress next to the mutation's state. */
export function useSeedUpload(onUploaded: (seed: Seed) => void) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const upload = useMutation({
    mutationFn: (file: File) => {
      setProgress({ stage: 'sending', loaded: 0, total: file.size });
      return uploadSeed(client, file, setProgress);
    },
    onSuccess: async (seed) => {
      onUploaded(seed);
      await queryClient.invalidateQueries({ queryKey: seedKeys.all });
    },
  });
  return { upload, progress };
}
