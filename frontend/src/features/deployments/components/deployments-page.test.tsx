import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { aDeployment } from '@/testing/deployment-fixtures';
import { on, requestUrl, stubFetch, TEST_ORIGIN } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import { DeploymentsPage } from './deployments-page';

describe('DeploymentsPage', () => {
  it('listsTheTenantsDeploymentsWithTheirSchemaAndProgress', async () => {
    // given one deployment
    const fetchFn = stubFetch(
      on('GET', '/api/deployments', {
        status: 200,
        body: { content: [aDeployment()], page: { number: 0, size: 20, totalElements: 1, totalPages: 1 } },
      }),
    );

    // when the page is shown
    renderWithApi(<DeploymentsPage />, fetchFn, { route: '/deployments' });

    // then the first page was asked for as Spring reads it, and the deployment links to its page
    const table = await screen.findByRole('table', { name: 'Deployments' });
    const query = new URL(requestUrl(fetchFn.mock.calls[0][0]), TEST_ORIGIN).searchParams;
    expect(Object.fromEntries(query)).toEqual({ page: '0', size: '20' });
    expect(within(table).getByRole('link', { name: 'Patients' })).toHaveAttribute('href', '/deployments/deployment-1');
    expect(within(table).getByText('3 of 5')).toBeInTheDocument();
    expect(within(table).getByText('ACTIVE')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create deployment' })).not.toBeInTheDocument();
  });

  it('tellsHowToStartWhenThereIsNone', async () => {
    // given no deployment yet
    const fetchFn = stubFetch(
      on('GET', '/api/deployments', {
        status: 200,
        body: { content: [], page: { number: 0, size: 20, totalElements: 0, totalPages: 0 } },
      }),
    );

    // when the page is shown
    renderWithApi(<DeploymentsPage />, fetchFn, { route: '/deployments' });

    // then it says what to do
    expect(await screen.findByText('No deployments yet.')).toBeInTheDocument();
  });
});
