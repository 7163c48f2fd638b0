import { Badge } from '@mantine/core';

import type { Tenant } from '../api/admin-api';

/** Active or suspended, in words; the tint only repeats them. */
export function TenantStatus({ status }: { status: Tenant['status'] }) {
  // dark text: a tint's own shade misses WCAG AA contrast on it
  return (
    <Badge
      variant="light"
      radius="sm"
      color={status === 'active' ? 'teal' : 'orange'}
      c="dark.7"
      style={{ minWidth: 'max-content' }}
    >
      {status}
    </Badge>
  );
}
