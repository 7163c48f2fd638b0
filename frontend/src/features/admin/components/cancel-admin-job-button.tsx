import { Text } from '@mantine/core';

import { ConfirmButton } from '@/components/confirm-button';

import type { AdminJob } from '../api/admin-api';
import { useCancelJob } from '../hooks/use-admin';

/** Stops another tenant's generation job; what it wrote is deleted, so this asks first. */
export function CancelAdminJobButton({ job }: { job: AdminJob }) {
  const cancellation = useCancelJob(job);
  if (cancellation.isSuccess) {
    // the job stops within moments and then leaves the list; until then it must not be offered again
    return <Text size="xs">Cancelling…</Text>;
  }
  return (
    <ConfirmButton
      label="Cancel job"
      question={`Cancel this generation job of ${job.tenantId}? What it has written is deleted.`}
      dismissLabel="Keep running"
      onConfirm={() => cancellation.mutate()}
      onCancel={() => cancellation.reset()}
      pending={cancellation.isPending}
      error={cancellation.error}
    />
  );
}
