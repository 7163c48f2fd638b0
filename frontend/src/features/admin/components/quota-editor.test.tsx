import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { aTenantQuota } from '@/testing/platform-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { QuotaEditor } from './quota-editor';

const QUOTAS = '/api/admin/tenants/acme/quotas';

describe('QuotaEditor', () => {
  it('sendsNullForEveryLimitLeftAtThePlatformDefault', async () => {
    // given a tenant under the platform defaults
    let sent: unknown;
    const onSaved = vi.fn();
    const fetchFn = stubFetch(
      on('GET', QUOTAS, { status: 200, body: aTenantQuota() }),
      on('PUT', QUOTAS, (request) => {
        sent = request.clone().json();
        return {
          status: 200,
          body: aTenantQuota({ rowsPerDay: 2_000_000, storageBytes: 1024 ** 3, custom: true, updatedBy: 'admin' }),
        };
      }),
    );
    renderWithApi(<QuotaEditor tenantId="acme" onSaved={onSaved} />, fetchFn, { route: '/admin/tenants/acme' });

    // when the admin gives it its own rows a day and storage (in MiB) and saves
    const rowsPerDay = await screen.findByRole('group', { name: 'Rows generated a day' });
    expect(within(rowsPerDay).getByText('In force: 5M rows')).toBeInTheDocument();
    expect(within(rowsPerDay).getByLabelText(/^Own value/)).toBeDisabled();
    await userEvent.click(within(rowsPerDay).getByRole('checkbox', { name: 'Platform default' }));
    const ownRows = within(rowsPerDay).getByLabelText('Own value (rows)');
    await userEvent.clear(ownRows);
    await userEvent.type(ownRows, '2000000');
    const storage = screen.getByRole('group', { name: 'Stored seeds and generated files' });
    await userEvent.click(within(storage).getByRole('checkbox', { name: 'Platform default' }));
    const ownStorage = within(storage).getByLabelText('Own value (MiB)');
    await userEvent.clear(ownStorage);
    await userEvent.type(ownStorage, '1024');
    await userEvent.click(screen.getByRole('button', { name: 'Save limits' }));

    // then the two limits travel as numbers (storage in bytes) and every other one as null
    expect(await screen.findByText('Limits saved')).toBeInTheDocument();
    expect(await sent).toEqual({
      maxSeedBytes: null,
      rowsPerDay: 2_000_000,
      rowsPerMonth: null,
      rowsPerJob: null,
      concurrentJobs: null,
      storageBytes: 1024 ** 3,
      tableRows: null,
      requestsPerMinutePerKey: null,
      requestsPerMinutePerTenant: null,
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it('resetsEveryLimitToThePlatformDefault', async () => {
    // given a tenant with limits of its own
    let sent: unknown;
    const fetchFn = stubFetch(
      on('GET', QUOTAS, {
        status: 200,
        body: aTenantQuota({ rowsPerDay: 10, custom: true, updatedBy: 'admin', updatedAt: '2026-11-24T08:00:00Z' }),
      }),
      on('PUT', QUOTAS, (request) => {
        sent = request.clone().json();
        return { status: 200, body: aTenantQuota() };
      }),
    );
    renderWithApi(<QuotaEditor tenantId="acme" />, fetchFn, { route: '/admin/tenants/acme' });
    const rowsPerDay = await screen.findByRole('group', { name: 'Rows generated a day' });
    expect(within(rowsPerDay).getByLabelText('Own value (rows)')).toHaveValue('10');
    expect(screen.getByText(/^Set by admin on/)).toBeInTheDocument();

    // when the admin resets them all and saves
    await userEvent.click(screen.getByRole('button', { name: 'Reset all to platform defaults' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save limits' }));

    // then every limit is sent as null
    await screen.findByText('Limits saved');
    expect(Object.values((await sent) as Record<string, unknown>)).toEqual(Array(9).fill(null));
  });

  it('showsTheProblemWhenTheServerRefusesALimit', async () => {
    // given the server refuses a value
    const fetchFn = stubFetch(
      on('GET', QUOTAS, { status: 200, body: aTenantQuota() }),
      on('PUT', QUOTAS, {
        status: 400,
        contentType: 'application/problem+json',
        body: { title: 'Invalid request', status: 400, detail: 'The largest seed upload can be at most 1 GiB.' },
      }),
    );
    renderWithApi(<QuotaEditor tenantId="acme" />, fetchFn, { route: '/admin/tenants/acme' });
    const seed = await screen.findByRole('group', { name: 'Largest seed upload' });
    await userEvent.click(within(seed).getByRole('checkbox', { name: 'Platform default' }));
    expect(within(seed).getByLabelText('Own value (MiB)')).toHaveValue('256');

    // when an empty value is entered, it cannot be saved; a value the server refuses shows why
    await userEvent.clear(within(seed).getByLabelText('Own value (MiB)'));
    expect(within(seed).getByText('Enter a number above 0.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save limits' })).toBeDisabled();
    await userEvent.type(within(seed).getByLabelText('Own value (MiB)'), '4096');
    await userEvent.click(screen.getByRole('button', { name: 'Save limits' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The largest seed upload can be at most 1 GiB.');
  });
});
