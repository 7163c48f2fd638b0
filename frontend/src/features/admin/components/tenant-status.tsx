import { Badge } from '@mantine/core';

import type { Tenant } from '../api/admin-api';

/** Active or suspended, in words; the tint only repeats them. */
export function TenantStatus({ status }: { status: Tenant['status'] }) {
  return (
    <Badge
      variant="light"
      radius="sm"
      color={status === 'active' ? 'teal' : 'orange'}
      style={{ minWidth: 'max-content' }}
    >
      {status}
    </Badge>
  );
}
