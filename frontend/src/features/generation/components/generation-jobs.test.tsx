import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { on, requestUrl, stubFetch, TEST_ORIGIN } from '@/testing/fetch-stub';
import { aGenerationJob, aJobPage } from '@/testing/generation-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { GenerationJobs } from './generation-jobs';
import { JobsPage } from './jobs-page';

const completed = aGenerationJob({
  id: 'job-2',
  status: 'COMPLETED',
  qualityScore: 0.915,
  privacyScore: 0.88,
  generationTime: 75,
  schemaName: 'Customers',
});
const running = aGenerationJob({
  id: 'job-1',
  status: 'RUNNING',
  qualityScore: 0.9,
  privacyScore: 0.855,
  rows: 5_000,
  rowsWritten: 2_500,
});
const queued = aGenerationJob({ id: 'job-0', status: 'QUEUED', gzip: false, format: 'jsonl' });
const cancelled = aGenerationJob({ id: 'job-3', status: 'CANCELLED', rowsWritten: 1_000, schemaName: 'Orders' });

function cellsOf(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
}

function queryOf(call: Parameters<typeof fetch>): Record<string, string> {
  return Object.fromEntries(new URL(requestUrl(call[0]), TEST_ORIGIN).searchParams);
}

describe('GenerationJobs', () => {
  it('listsTheSchemasJobsWithScoresAsSoonAsTheyAreKnown', async () => {
    // given a schema with a completed, a running (already evaluated) and a queued job
    const fetchFn = stubFetch(
      on('GET', '/api/generate', { status: 200, body: aJobPage([completed, running, queued]) }),
    );

    // when its jobs are shown
    renderWithApi(<GenerationJobs schemaId="schema-1" />, fetchFn);

    // then the schema's first page was asked for, and each job shows with its scores, if any, and its link
    const table = await screen.findByRole('table', { name: 'Generation jobs' });
    expect(queryOf(fetchFn.mock.calls[0])).toEqual({ schemaId: 'schema-1', page: '0', size: '20' });
    expect(cellsOf(table).map((cells) => cells.slice(1))).toEqual([
      ['COMPLETED', '20,000', 'csv (gzip)', '91.5 %', '88 %', '1 min 15 s'],
      ['RUNNING', '2,500 of 5,000', 'csv (gzip)', '90 %', '85.5 %', '—'],
      ['QUEUED', '0 of 20,000', 'jsonl', '—', '—', '—'],
    ]);
    const links = within(table).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/jobs/job-2', '/jobs/job-1', '/jobs/job-0']);
  });

  it('readsTheListAgainWhileAJobOnItRuns', async () => {
    // given a job that is running at the first read and completed at the next
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let reads = 0;
    const fetchFn = stubFetch(
      on('GET', '/api/generate', () => {
        reads += 1;
        return { status: 200, body: aJobPage([reads === 1 ? running : { ...running, status: 'COMPLETED' }]) };
      }),
    );

    // when the list has been shown for five seconds
    renderWithApi(<GenerationJobs schemaId="schema-1" />, fetchFn);
    expect(await screen.findByText('RUNNING')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(5_000);

    // then it shows the job's new status, and stops reading once every job has ended
    expect(await screen.findByText('COMPLETED')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reads).toBe(2);
  });

  it('fetchesTheNextPageOnNext', async () => {
    // given two pages of jobs
    const fetchFn = stubFetch(
      on('GET', '/api/generate', (request) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return { status: 200, body: aJobPage([page === 0 ? completed : queued], page, 2) };
      }),
    );
    renderWithApi(<GenerationJobs schemaId="schema-1" />, fetchFn);

    // when the user goes to the next page
    await screen.findByText('COMPLETED');
    const pages = screen.getByRole('navigation', { name: 'Generation job pages' });
    await userEvent.click(within(pages).getByRole('button', { name: 'Next' }));

    // then the second page shows
    expect(await screen.findByText('QUEUED')).toBeInTheDocument();
    expect(within(pages).getByText('Page 2 of 2')).toBeInTheDocument();
  });
});

describe('JobsPage', () => {
  it('listsAllTheTenantsJobsWithTheirSchemas', async () => {
    // given the tenant's jobs, one of them cancelled part-way
    const fetchFn = stubFetch(on('GET', '/api/generate', { status: 200, body: aJobPage([completed, cancelled]) }));

    // when the jobs page is shown
    renderWithApi(<JobsPage />, fetchFn, { route: '/jobs' });

    // then no schema was asked for, and the job links to its page and to its schema
    const table = await screen.findByRole('table', { name: 'Generation jobs' });
    expect(queryOf(fetchFn.mock.calls[0])).toEqual({ page: '0', size: '20' });
    expect(within(table).getByRole('link', { name: 'Customers' })).toHaveAttribute('href', '/schemas/schema-1');
    expect(within(table).getAllByRole('link')[0]).toHaveAttribute('href', '/jobs/job-2');
    expect(cellsOf(table)[1]).toContain('1,000 of 20,000');
  });
});
