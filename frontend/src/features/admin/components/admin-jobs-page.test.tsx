import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, requestUrl, stubFetch, TEST_ORIGIN } from '@/testing/fetch-stub';
import { anAdminJob } from '@/testing/platform-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { AdminJobsPage } from './admin-jobs-page';

describe('AdminJobsPage', () => {
  it('listsEveryTenantsJobsAndCancelsOneNamingItsTenant', async () => {
    // given a running job of globex and a queued one of acme
    let cancelled = false;
    const running = anAdminJob();
    const queued = anAdminJob({
      id: 'job-2',
      tenantId: 'acme',
      kind: 'training',
      status: 'QUEUED',
      rows: null,
      rowsWritten: null,
      startedAt: null,
      instanceId: null,
    });
    const fetchFn = stubFetch(
      on('GET', '/api/admin/jobs', () => ({ status: 200, body: cancelled ? [queued] : [running, queued] })),
      on('POST', `/api/admin/jobs/${running.id}/cancel`, () => {
        cancelled = true;
        return { status: 202, body: running };
      }),
    );
    renderWithApi(<AdminJobsPage />, fetchFn, { route: '/admin/jobs' });

    // then each shows its tenant, kind, state, rows and instance
    const table = await screen.findByRole('table', { name: 'Running and queued jobs' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('globex');
    expect(first).toHaveTextContent('RUNNING');
    expect(first).toHaveTextContent('5,000 of 20,000');
    expect(first).toHaveTextContent('app-1');
    expect(second).toHaveTextContent('training');
    expect(second).toHaveTextContent('Not yet');
    // a training run cannot be stopped part-way
    expect(second).toHaveTextContent('Ends on its own');
    expect(within(second).queryByRole('button', { name: 'Cancel job' })).not.toBeInTheDocument();

    // when the admin cancels globex's job and confirms
    await userEvent.click(within(first).getByRole('button', { name: 'Cancel job' }));
    await userEvent.click(within(first).getByRole('button', { name: 'Confirm cancel job' }));

    // then the cancel request names the tenant, and the job leaves the list
    await screen.findByText((_, element) => element?.tagName === 'TABLE' && !element.textContent.includes('globex'));
    const cancel = fetchFn.mock.calls
      .map(([input]) => input)
      .find((input): input is Request => input instanceof Request && input.method === 'POST');
    const url = new URL(requestUrl(cancel ?? ''), TEST_ORIGIN);
    expect(url.pathname).toBe(`/api/admin/jobs/${running.id}/cancel`);
    expect(url.searchParams.get('tenant')).toBe('globex');
  });
});
