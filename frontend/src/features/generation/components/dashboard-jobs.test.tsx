import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { eventStream, on, stubFetch } from '@/testing/fetch-stub';
import { aGenerationJob, aJobPage, aJobProgress } from '@/testing/generation-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { DashboardJobs } from './dashboard-jobs';

describe('DashboardJobs', () => {
  it('followsEachRunningJobLiveAndListsFinishedOnesWithScores', async () => {
    // given a running job whose stream reports its speed twice, a queued one, and a completed one
    const running = aGenerationJob({ id: 'job-1', schemaName: 'Customers', rowsWritten: 0 });
    const queued = aGenerationJob({ id: 'job-2', schemaName: 'Orders', status: 'QUEUED' });
    const done = aGenerationJob({
      id: 'job-3',
      schemaName: 'Patients',
      status: 'COMPLETED',
      qualityScore: 0.9,
      privacyScore: 0.95,
      generationTime: 12,
    });
    const fetchFn = stubFetch(
      on('GET', '/api/generate', { status: 200, body: aJobPage([running, queued, done]) }),
      on('GET', '/api/generate/job-1/status', { status: 200, body: running }),
      on('GET', '/api/generate/job-2/status', { status: 200, body: queued }),
      on('GET', '/api/jobs/job-1/events', {
        ...eventStream(
          aJobProgress({ jobId: 'job-1', rowsDone: 4_000, rowsPerSecond: 2_000, etaSeconds: 8 }),
          aJobProgress({ jobId: 'job-1', rowsDone: 10_000, rowsPerSecond: 3_000, etaSeconds: 3, qualityScore: 0.88 }),
        ),
        keepOpen: true,
      }),
      on('GET', '/api/jobs/job-2/events', {
        ...eventStream(aJobProgress({ jobId: 'job-2', phase: 'queued' })),
        keepOpen: true,
      }),
    );

    // when the dashboard shows them
    renderWithApi(<DashboardJobs />, fetchFn, { route: '/dashboard' });

    // then the running job shows its live rows, time left, score so far and the speeds observed (events that
    // arrive within one render count once)
    const card = await screen.findByRole('article', { name: 'Customers job' });
    expect(await within(card).findByText('10,000 of 20,000')).toBeInTheDocument();
    expect(within(card).getByText('3 s')).toBeInTheDocument();
    expect(within(card).getByText('88 %')).toBeInTheDocument();
    const sparkline = within(card).getByRole('img', {
      name: /^Speed over the last \d updates?, latest 3,000 rows\/s$/,
    });
    expect(sparkline.getAttribute('data-samples')).toMatch(/^(2000,)?3000$/);
    // the queued one waits; the finished one is listed with its scores
    expect(screen.getByRole('article', { name: 'Orders job' })).toHaveTextContent('QUEUED');
    const recent = screen.getByRole('table', { name: 'Recently finished jobs' });
    expect(within(recent).getByRole('link', { name: 'Patients' })).toHaveAttribute('href', '/jobs/job-3');
    expect(within(recent).getByText('90 %')).toBeInTheDocument();
    expect(within(recent).getByText('95 %')).toBeInTheDocument();
  });

  it('tellsANewTenantWhatToDoFirst', async () => {
    // given a tenant without any job
    const fetchFn = stubFetch(on('GET', '/api/generate', { status: 200, body: aJobPage([]) }));

    // when the dashboard is shown
    renderWithApi(<DashboardJobs />, fetchFn, { route: '/dashboard' });

    // then it points to the first two steps
    expect(await screen.findByRole('heading', { name: 'Make your first synthetic dataset' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Upload a seed' })).toHaveAttribute('href', '/seeds');
    expect(screen.getByRole('link', { name: 'Design a schema' })).toHaveAttribute('href', '/schemas');
  });
});
