import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { eventStream, on, stubFetch } from '@/testing/fetch-stub';
import { aGenerationJob, aJobProgress } from '@/testing/generation-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { JobPage } from './job-page';
import { patiently } from '@/testing/patiently';

const EVENTS = '/api/jobs/job-1/events';
const STATUS = '/api/generate/job-1/status';

function showJobPage(fetchFn: typeof fetch) {
  return renderWithApi(<JobPage />, fetchFn, { route: '/jobs/job-1', path: '/jobs/:jobId' });
}

const completed = aJobProgress({
  phase: 'completed',
  rowsDone: 20_000,
  qualityScore: 0.915,
  privacyScore: 0.88,
  finished: true,
});

describe('JobPage', () => {
  it('showsLiveProgressWhileTheJobRuns', async () => {
    // given a running job whose stream has reported a quarter of the rows
    const running = aJobProgress({ rowsDone: 5_000, rowsPerSecond: 2_500, etaSeconds: 6 });
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 200, body: aGenerationJob() }),
      on('GET', EVENTS, { ...eventStream(running), keepOpen: true }),
    );

    // when its page is shown
    showJobPage(fetchFn);

    // then phase, bar, counts, rate and time left are those of the event, and it can be cancelled
    const bar = await screen.findByRole('progressbar', { name: 'Generation progress' });
    await vi.waitFor(() => expect(bar).toHaveAttribute('value', '5000'), patiently);
    expect(bar).toHaveAttribute('max', '20000');
    expect(screen.getByRole('status')).toHaveTextContent('Phase: generating');
    expect(screen.getByText('5,000 of 20,000')).toBeInTheDocument();
    expect(screen.getByText('2,500 rows/s')).toBeInTheDocument();
    expect(screen.getByText('6 s')).toBeInTheDocument();
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel job' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download' })).not.toBeInTheDocument();
  });

  it('showsScoresAndDownloadsTheOutputOnceComplete', async () => {
    // given a job whose stream ends with the completed event
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 200, body: aGenerationJob({ status: 'COMPLETED' }) }),
      on('GET', EVENTS, eventStream(aJobProgress({ rowsDone: 10_000 }), completed)),
      on('GET', '/api/generate/job-1/download', {
        status: 200,
        text: 'age\n42\n',
        contentType: 'text/csv',
        headers: { 'Content-Disposition': 'attachment; filename="job-1.csv.gz"' },
      }),
    );
    const savedAs = vi.fn<(name: string) => void>();
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:job-1' });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      savedAs(this.download);
    });

    // when the page shows it and the user downloads the output
    showJobPage(fetchFn);
    expect(await screen.findByText('Quality score')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));

    // then both scores show, the bar is full, there is nothing to cancel, and the file is saved under its name
    expect(screen.getByText('91.5 %')).toBeInTheDocument();
    expect(screen.getByText('88 %')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Generation progress' })).toHaveAttribute('value', '20000');
    expect(screen.queryByRole('button', { name: 'Cancel job' })).not.toBeInTheDocument();
    await vi.waitFor(() => expect(savedAs).toHaveBeenCalledWith('job-1.csv.gz'), patiently);
  });

  it('pollsTheStatusEveryTwoSecondsWhenTheStreamCannotBeFollowed', async () => {
    // given an event stream that always fails and a job that completes after a while
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let polls = 0;
    const fetchFn = stubFetch(
      on('GET', EVENTS, { status: 503, body: { title: 'Service Unavailable', status: 503 } }),
      on('GET', STATUS, () => {
        polls += 1;
        const done = polls >= 2;
        return {
          status: 200,
          body: aGenerationJob(done ? { status: 'COMPLETED', qualityScore: 0.9, privacyScore: 0.85 } : {}),
        };
      }),
    );

    // when the page gives up on the stream
    showJobPage(fetchFn);
    await vi.advanceTimersByTimeAsync(3_000);

    // then it says so, and the next poll brings the completion with its scores
    expect(await screen.findByText('Updated every 2 s')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await screen.findByText('Quality score')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Phase: completed');
    expect(screen.getByText('90 %')).toBeInTheDocument();
  });
});
