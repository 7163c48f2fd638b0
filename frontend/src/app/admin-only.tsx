import { Outlet } from 'react-router';

import { NotAllowedPage } from '@/components/not-allowed-page';
import { QueryState } from '@/components/query-state';
import { isPlatformAdmin } from '@/features/session/api/me-api';
import { useMe } from '@/features/session/hooks/use-me';

/**
 * The admin area's gate: its pages for platform admins, a plain "Not allowed" for anyone else
 * (the API refuses them anyway; this spares them a page of failed requests).
 */
export function AdminOnly() {
  const me = useMe();
  return (
    <QueryState query={me} label="Checking your access…">
      {(user) => (isPlatformAdmin(user) ? <Outlet /> : <NotAllowedPage />)}
    </QueryState>
  );
}
