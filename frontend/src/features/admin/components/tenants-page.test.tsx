import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { aTenant } from '@/testing/platform-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { TenantsPage } from './tenants-page';

describe('TenantsPage', () => {
  it('listsTenantsWithTheirUsageAndSuspendsOneAfterAsking', async () => {
    // given an active tenant and a suspended one
    let suspended = false;
    const fetchFn = stubFetch(
      on('GET', '/api/admin/tenants', () => ({
        status: 200,
        body: [
          aTenant({ status: suspended ? 'suspended' : 'active' }),
          aTenant({ id: 'globex', name: 'Globex', status: 'suspended', runningJobs: 0, queuedJobs: 0 }),
        ],
      })),
      on('POST', '/api/admin/tenants/acme/suspend', () => {
        suspended = true;
        return {
          status: 200,
          body: aTenant({ status: 'suspended', suspendedAt: '2026-11-25T12:00:00Z', suspendedBy: 'admin' }),
        };
      }),
    );
    renderWithApi(<TenantsPage />, fetchFn, { route: '/admin/tenants' });

    // then each tenant shows its state, usage, jobs and keys, and links to its page
    const table = await screen.findByRole('table', { name: 'Tenants' });
    const [acme, globex] = within(table).getAllByRole('row').slice(1);
    expect(within(acme).getByRole('link', { name: 'Acme Corp' })).toHaveAttribute('href', '/admin/tenants/acme');
    expect(acme).toHaveTextContent('1.2M');
    expect(acme).toHaveTextContent('30M');
    expect(acme).toHaveTextContent('3.0 GiB');
    expect(acme).toHaveTextContent('2 running, 1 queued');
    expect(within(globex).getByText('suspended')).toBeInTheDocument();
    expect(within(globex).getByRole('button', { name: 'Resume' })).toBeInTheDocument();

    // when the admin suspends acme and confirms
    await userEvent.click(within(acme).getByRole('button', { name: 'Suspend' }));
    expect(acme).toHaveTextContent('Its users and API keys are refused until it is resumed.');
    await userEvent.click(within(acme).getByRole('button', { name: 'Confirm suspend' }));

    // then the list shows it suspended, to be resumed
    expect(await within(acme).findByRole('button', { name: 'Resume' })).toBeInTheDocument();
    expect(within(acme).getByText('suspended')).toBeInTheDocument();
  });

  it('createsATenantAndOpensItsPage', async () => {
    // given the form
    let sent: unknown;
    const fetchFn = stubFetch(
      on('GET', '/api/admin/tenants', { status: 200, body: [] }),
      on('POST', '/api/admin/tenants', (request) => {
        sent = request.clone().json();
        return { status: 201, body: aTenant({ id: 'initech', name: 'Initech', createdBy: 'admin' }) };
      }),
    );
    renderWithApi(<TenantsPage />, fetchFn, { route: '/admin/tenants' });
    expect(await screen.findByText('No tenants yet.')).toBeInTheDocument();

    // when the admin registers initech
    await userEvent.click(screen.getByRole('button', { name: 'New tenant' }));
    await userEvent.type(screen.getByLabelText(/^Tenant id/), 'initech');
    await userEvent.type(screen.getByLabelText(/^Name/), 'Initech');
    await userEvent.click(screen.getByRole('button', { name: 'Create tenant' }));

    // then it is created and its page opens
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(await sent).toEqual({ id: 'initech', name: 'Initech' });
  });
});
