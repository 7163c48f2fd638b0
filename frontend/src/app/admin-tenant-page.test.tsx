import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { aTenant, aTenantQuota, aUsage } from '@/testing/platform-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { AdminTenantPage } from './admin-tenant-page';

const DEFAULT_BUDGET = {
  tenantId: 'acme',
  seedEpsilon: 10,
  seedDelta: 1e-5,
  ownSeedEpsilon: null,
  ownSeedDelta: null,
  updatedBy: null,
  updatedAt: null,
};

function showTenantPage(fetchFn: typeof fetch) {
  renderWithApi(<AdminTenantPage />, fetchFn, { route: '/admin/tenants/acme', path: '/admin/tenants/:tenantId' });
}

describe('AdminTenantPage', () => {
  it('showsTheTenantItsUsageAndItsLimits', async () => {
    // given acme with its usage and the platform's default limits
    const fetchFn = stubFetch(
      on('GET', '/api/admin/tenants/acme', { status: 200, body: aTenant({ createdBy: 'admin' }) }),
      on('GET', '/api/admin/tenants/acme/usage', { status: 200, body: aUsage() }),
      on('GET', '/api/admin/tenants/acme/quotas', { status: 200, body: aTenantQuota() }),
      on('GET', '/api/admin/tenants/acme/privacy-budget', { status: 200, body: DEFAULT_BUDGET }),
    );

    // when its page is shown
    showTenantPage(fetchFn);

    // then its name heads the page, with its state, usage bars, limits, and a link to its audit trail
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Corp' })).toBeInTheDocument();
    expect(screen.getByText('2 running, 1 queued')).toBeInTheDocument();
    expect(screen.getByText(/ by admin$/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suspend' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Its audit trail' })).toHaveAttribute('href', '/admin/audit?tenant=acme');
    expect(await screen.findByRole('progressbar', { name: 'Rows generated today' })).toBeInTheDocument();
    expect(
      await screen.findByText('The platform defaults apply to every limit.', { exact: false }),
    ).toBeInTheDocument();
  });

  it('setsTheTenantsPrivacyBudgetPerSeedBesideItsLimits', async () => {
    // given acme on the platform's default privacy budget
    let saved: unknown;
    const fetchFn = stubFetch(
      on('GET', '/api/admin/tenants/acme', { status: 200, body: aTenant() }),
      on('GET', '/api/admin/tenants/acme/usage', { status: 200, body: aUsage() }),
      on('GET', '/api/admin/tenants/acme/quotas', { status: 200, body: aTenantQuota() }),
      on('GET', '/api/admin/tenants/acme/privacy-budget', { status: 200, body: DEFAULT_BUDGET }),
      on('PUT', '/api/admin/tenants/acme/privacy-budget', (request) => {
        saved = request.clone().json();
        return { status: 200, body: { ...DEFAULT_BUDGET, seedEpsilon: 4, ownSeedEpsilon: 4, updatedBy: 'admin' } };
      }),
    );
    showTenantPage(fetchFn);

    // when the admin gives each seed ε = 4 and saves
    const epsilon = await screen.findByLabelText(/Epsilon \(ε\) per seed/);
    expect(screen.getByText(/may spend ε = 10 and δ = 0.00001/)).toBeInTheDocument();
    await userEvent.type(epsilon, '4');
    await userEvent.click(screen.getByRole('button', { name: 'Save privacy budget' }));

    // then ε goes as typed and δ stays the platform default
    expect(await screen.findByText('Privacy budget saved')).toBeInTheDocument();
    expect(await saved).toEqual({ seedEpsilon: 4, seedDelta: null });
  });

  it('saysSoWhenTheTenantDoesNotExist', async () => {
    const fetchFn = stubFetch(
      on('GET', '/api/admin/tenants/acme', {
        status: 404,
        contentType: 'application/problem+json',
        body: { title: 'Not found', status: 404 },
      }),
    );
    showTenantPage(fetchFn);
    expect(await screen.findByRole('heading', { name: 'This tenant was not found' })).toBeInTheDocument();
  });
});
