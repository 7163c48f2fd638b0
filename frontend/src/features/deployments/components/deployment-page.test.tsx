import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { aDeployment } from '@/testing/deployment-fixtures';
import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import { DeploymentPage } from './deployment-page';

const afterRunNext = aDeployment({
  nextDay: 4,
  batches: [...aDeployment().batches, { day: 3, date: '2026-12-03', generationJobId: 'job-d', status: 'QUEUED' }],
});

function showDeploymentPage(fetchFn: typeof fetch) {
  return renderWithApi(<DeploymentPage />, fetchFn, {
    route: '/deployments/deployment-1',
    path: '/deployments/:deploymentId',
  });
}

describe('DeploymentPage', () => {
  it('showsEachDayInTheCalendarWithItsStateAndRunsTheNextBatchOnDemand', async () => {
    // given a deployment with three of five batches produced, whose next one can be run now
    let ran = false;
    const fetchFn = stubFetch(
      on('GET', '/api/deployments/deployment-1', () => ({ status: 200, body: ran ? afterRunNext : aDeployment() })),
      on('POST', '/api/deployments/deployment-1/run-next', () => {
        ran = true;
        return { status: 202, body: afterRunNext };
      }),
    );

    // when its page is shown
    showDeploymentPage(fetchFn);

    // then each day shows its state, produced days link to their jobs, and the rest are scheduled
    const calendar = await screen.findByRole('list', { name: 'Daily batches' });
    const states = () =>
      within(calendar)
        .getAllByRole('listitem')
        .map((day) => day.getAttribute('data-state'));
    expect(states()).toEqual(['done', 'failed', 'running', 'scheduled', 'scheduled']);
    expect(
      within(calendar)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/jobs/job-a', '/jobs/job-b', '/jobs/job-c']);
    expect(screen.getByText('3 of 5 daily batches produced')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Patients' })).toHaveAttribute('href', '/schemas/schema-1');
    expect(screen.getByText('8072165390114558381')).toBeInTheDocument();

    // and when the user runs the next batch, its day is no longer scheduled
    await userEvent.click(screen.getByRole('button', { name: 'Run next batch now' }));
    expect(await screen.findByText('4 of 5 daily batches produced')).toBeInTheDocument();
    expect(states()).toEqual(['done', 'failed', 'running', 'running', 'scheduled']);
  });

  it('cannotRunABatchOfAFinishedDeployment', async () => {
    // given a deployment whose every day was produced
    const finished = aDeployment({ days: 3, nextDay: 3, status: 'FINISHED' });
    const fetchFn = stubFetch(on('GET', '/api/deployments/deployment-1', { status: 200, body: finished }));

    // when its page is shown
    showDeploymentPage(fetchFn);

    // then the button is disabled
    expect(await screen.findByRole('button', { name: 'Run next batch now' })).toBeDisabled();
    expect(screen.getByText('FINISHED')).toBeInTheDocument();
  });

  it('showsTheNotFoundPageForAnotherTenantsDeployment', async () => {
    // given a deployment id the API does not know for this tenant
    const fetchFn = stubFetch(
      on('GET', '/api/deployments/deployment-1', { status: 404, body: { title: 'Not found', status: 404 } }),
    );

    // when its page is shown
    showDeploymentPage(fetchFn);

    // then the one not-found page shows
    expect(await screen.findByRole('heading', { name: 'This deployment was not found' })).toBeInTheDocument();
  });
});
