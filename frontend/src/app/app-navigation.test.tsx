import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { useMe } from '@/features/session/hooks/use-me';
import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import { AppNavigation } from './app-navigation';

function signedInAs(roles: string[]) {
  return stubFetch(on('GET', '/api/me', { status: 200, body: { username: 'someone', tenantId: 'acme', roles } }));
}

/** Says when the user is known, so that a test can tell "no admin links" from "not loaded yet". */
function MeLoaded() {
  const me = useMe();
  return me.data ? <p>Signed in as {me.data.username}</p> : null;
}

describe('AppNavigation', () => {
  it('hidesTheAdminAreaFromTenantUsers', async () => {
    // given a user without the platform-admin role
    renderWithApi(
      <>
        <AppNavigation onNavigate={() => undefined} />
        <MeLoaded />
      </>,
      signedInAs(['user']),
      { route: '/dashboard' },
    );

    // then the tenant's own sections are there, the admin area's are not
    expect(await screen.findByRole('link', { name: 'API keys' })).toHaveAttribute('href', '/keys');
    expect(screen.getByRole('link', { name: 'Datasets' })).toHaveAttribute('href', '/datasets');
    expect(screen.getByRole('link', { name: 'Templates' })).toHaveAttribute('href', '/templates');
    expect(screen.getByRole('link', { name: 'Usage' })).toHaveAttribute('href', '/usage');
    expect(screen.getByRole('link', { name: 'Audit trail' })).toHaveAttribute('href', '/audit');
    await screen.findByText('Signed in as someone');
    expect(screen.queryByRole('group', { name: 'Platform admin' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tenants' })).not.toBeInTheDocument();
  });

  it('showsTheAdminAreaToPlatformAdmins', async () => {
    // given a platform admin
    renderWithApi(<AppNavigation onNavigate={() => undefined} />, signedInAs(['platform-admin']), {
      route: '/dashboard',
    });

    // then the admin area's sections are listed under their own label
    const admin = await screen.findByRole('group', { name: 'Platform admin' });
    expect(admin).toContainElement(screen.getByRole('link', { name: 'Tenants' }));
    expect(screen.getByRole('link', { name: 'Jobs of all tenants' })).toHaveAttribute('href', '/admin/jobs');
    expect(screen.getByRole('link', { name: 'Audit of all tenants' })).toHaveAttribute('href', '/admin/audit');
  });
});
