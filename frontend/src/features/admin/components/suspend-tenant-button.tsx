import { ConfirmButton } from '@/components/confirm-button';

import type { Tenant } from '../api/admin-api';
import { useSetSuspended } from '../hooks/use-admin';

/** Suspends an active tenant or resumes a suspended one, after asking. */
export function SuspendTenantButton({ tenant }: { tenant: Tenant }) {
  const change = useSetSuspended(tenant.id);
  const suspending = tenant.status === 'active';
  return (
    <ConfirmButton
      // a new state asks afresh: the question just answered must not stay open for the opposite action
      key={tenant.status}
      label={suspending ? 'Suspend' : 'Resume'}
      question={
        suspending
          ? `Suspend ${tenant.name}? Its users and API keys are refused until it is resumed.`
          : `Resume ${tenant.name}? Its users and API keys work again at once.`
      }
      color={suspending ? 'red' : 'teal'}
      onConfirm={() => change.mutate(suspending)}
      onCancel={() => change.reset()}
      pending={change.isPending}
      error={change.error}
    />
  );
}
