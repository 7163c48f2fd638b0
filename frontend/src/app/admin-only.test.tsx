import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import { AdminOnly } from './admin-only';

function showAdminPage(roles: string[]) {
  const fetchFn = stubFetch(
    on('GET', '/api/me', { status: 200, body: { username: 'bob', tenantId: 'globex', roles } }),
  );
  renderWithApi(
    <Routes>
      <Route element={<AdminOnly />}>
        <Route path="tenants" element={<h1>Tenants</h1>} />
      </Route>
    </Routes>,
    fetchFn,
    { route: '/admin/tenants', path: '/admin/*' },
  );
}

describe('AdminOnly', () => {
  it('tellsATenantUserTheAdminAreaIsNotForThem', async () => {
    // given a user without the platform-admin role at an admin address
    showAdminPage(['user']);

    // then a plain page says so, and the admin page is not rendered
    expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Tenants' })).not.toBeInTheDocument();
  });

  it('opensTheAdminAreaToPlatformAdmins', async () => {
    showAdminPage(['platform-admin']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tenants' })).toBeInTheDocument();
  });
});
