import { Badge } from '@mantine/core';

import type { ApiKey } from '../api/api-keys-api';

const COLORS: Record<ApiKey['status'], string> = { active: 'teal', expired: 'gray', revoked: 'red' };

/** Whether a key still works; the word says it, the tint only repeats it. */
export function ApiKeyStatus({ status }: { status: ApiKey['status'] }) {
  return (
    <Badge variant="light" radius="sm" color={COLORS[status]} style={{ minWidth: 'max-content' }}>
      {status}
    </Badge>
  );
}
