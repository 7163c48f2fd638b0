import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { formatTimestamp } from '@/lib/format';
import { on, requestUrl, stubFetch, TEST_ORIGIN } from '@/testing/fetch-stub';
import { patiently } from '@/testing/patiently';
import { anAuditEvent, anAuditPage } from '@/testing/platform-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { AllAuditPage } from './all-audit-page';
import { AuditPage } from './audit-page';

function queryOf(input: RequestInfo | URL) {
  return Object.fromEntries(new URL(requestUrl(input), TEST_ORIGIN).searchParams);
}

describe('AuditPage', () => {
  it('tellsWhenWhoDidWhatToWhatFromWhere', async () => {
    // given a key created by alice, and one revoked by a platform admin, from no address recorded
    const events = [
      anAuditEvent(),
      anAuditEvent({
        id: 'event-2',
        actor: 'admin',
        actorKind: 'admin',
        action: 'api-key.revoked',
        sourceIp: null,
        details: {},
      }),
    ];
    const fetchFn = stubFetch(
      on('GET', '/api/audit', (request) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return { status: 200, body: anAuditPage(events, page, 3) };
      }),
    );

    // when the trail is shown
    renderWithApi(<AuditPage />, fetchFn, { route: '/audit' });

    // then each event reads in words, with its details a click away, and the first page was asked for
    const table = await screen.findByRole('table', { name: 'Audit events' });
    const [created, revoked] = within(table).getAllByRole('row').slice(1);
    expect(created).toHaveTextContent(formatTimestamp('2026-11-25T10:15:00Z'));
    expect(created).toHaveTextContent('aliceuser');
    expect(within(created).getByText('Created an API key')).toBeInTheDocument();
    expect(created).toHaveTextContent('ab12cd34');
    expect(created).toHaveTextContent('203.0.113.7');
    await userEvent.click(within(created).getByText('Show'));
    expect(within(created).getByText(/"name": "nightly export"/)).toBeVisible();
    expect(revoked).toHaveTextContent('adminplatform admin');
    expect(within(revoked).getByText('Revoked an API key')).toBeInTheDocument();
    expect(within(revoked).queryByText('Show')).not.toBeInTheDocument();
    expect(queryOf(fetchFn.mock.calls[0][0])).toEqual({ page: '0', size: '25' });

    // and the next page is one click away
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await screen.findByText('Page 2 of 3');
    expect(queryOf(fetchFn.mock.calls.at(-1)?.[0] ?? '')).toEqual({ page: '1', size: '25' });
  });
});

describe('AllAuditPage', () => {
  it('showsEveryTenantsTrailAndFiltersByTenant', async () => {
    // given events of two tenants
    const fetchFn = stubFetch(
      on('GET', '/api/admin/audit', (request) => {
        const tenant = new URL(request.url).searchParams.get('tenant');
        const events = [
          anAuditEvent(),
          anAuditEvent({ id: 'event-2', tenantId: 'globex', action: 'tenant.suspended' }),
        ];
        return { status: 200, body: anAuditPage(events.filter((event) => !tenant || event.tenantId === tenant)) };
      }),
    );
    renderWithApi(<AllAuditPage />, fetchFn, { route: '/admin/audit' });
    const table = await screen.findByRole('table', { name: 'Audit events' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('columnheader', { name: 'Tenant' })).toBeInTheDocument();

    // when the admin narrows it to globex
    await userEvent.type(screen.getByLabelText(/^Tenant/), 'globex');
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));

    // then only globex's events are asked for and shown
    expect(await within(table).findByText('Suspended a tenant')).toBeInTheDocument();
    await vi.waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2), patiently);
    expect(queryOf(fetchFn.mock.calls.at(-1)?.[0] ?? '')).toEqual({ tenant: 'globex', page: '0', size: '25' });
  });
});
