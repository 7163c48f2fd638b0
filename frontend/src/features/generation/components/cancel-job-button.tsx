import { ConfirmButton } from '@/components/confirm-button';

import { useCancelGeneration } from '../hooks/use-generation';

/** Stops the job; its partial output is deleted, so this asks first. */
export function CancelJobButton({ jobId }: { jobId: string }) {
  const cancellation = useCancelGeneration(jobId);
  return (
    <ConfirmButton
      label="Cancel job"
      question="Stop this job and delete what it has written?"
      onConfirm={() => cancellation.mutate()}
      onCancel={() => cancellation.reset()}
      dismissLabel="Keep running"
      pending={cancellation.isPending}
      error={cancellation.error}
    />
  );
}
