import { Badge, Button, Group, Text } from '@mantine/core';
import { useAuth } from 'react-oidc-context';

import { useMe } from '../hooks/use-me';

function claim(profile: Record<string, unknown> | undefined, name: string): string | undefined {
  const value = profile?.[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Who is signed in and for which tenant. The API's view (/api/me) wins; the ID token's claims
 * fill in while it loads or if the API is down.
 */
export function UserMenu() {
  const auth = useAuth();
  const me = useMe();
  const profile = auth.user?.profile;
  const username = me.data?.username ?? claim(profile, 'preferred_username') ?? '';
  const tenantId = me.data?.tenantId ?? claim(profile, 'tenant_id') ?? '…';

  return (
    <Group gap="sm" wrap="nowrap">
      <Text size="sm" fw={600} visibleFrom="xs">
        {username}
      </Text>
      <Badge variant="light" color="gray" tt="none">
        Tenant: {tenantId}
      </Badge>
      <Button variant="default" size="xs" onClick={() => void auth.signoutRedirect()}>
        Log out
      </Button>
    </Group>
  );
}
