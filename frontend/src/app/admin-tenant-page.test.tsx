import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { aTenant, aTenantQuota, aUsage } from '@/testing/platform-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { AdminTenantPage } from './admin-tenant-page';

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
