import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { eventStream, on, stubFetch } from '@/testing/fetch-stub';
import { aGenerationJob, aJobProgress, aMetricsReport } from '@/testing/generation-fixtures';
import { manifestOf, PARTS, signed } from '@/testing/manifest-fixtures';
import { patiently } from '@/testing/patiently';
import { renderWithApi } from '@/testing/render-with-api';

import { JobPage } from './job-page';

const EVENTS = '/api/jobs/job-1/events';
const STATUS = '/api/generate/job-1/status';
const METRICS = '/api/generate/job-1/metrics';
const MANIFEST = '/api/generate/job-1/manifest';
const KEYS = '/.well-known/synthesis/signing-keys.json';

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
      on('GET', STATUS, { status: 200, body: aGenerationJob({ schemaName: 'Customers' }) }),
      on('GET', EVENTS, { ...eventStream(running), keepOpen: true }),
    );

    // when its page is shown
    showJobPage(fetchFn);

    // then phase, bar, counts, rate and time left are those of the event, and it can be cancelled
    const bar = await screen.findByRole('progressbar', { name: 'Generation progress' });
    await vi.waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '25'), patiently);
    expect(screen.getByRole('status')).toHaveTextContent('Phase: generating');
    expect(screen.getByText('5,000 of 20,000')).toBeInTheDocument();
    expect(screen.getByText('2,500 rows/s')).toBeInTheDocument();
    expect(screen.getByText('6 s')).toBeInTheDocument();
    expect(screen.getByText('Live')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Generation job RUNNING');
    expect(screen.getByRole('link', { name: 'Customers' })).toHaveAttribute('href', '/schemas/schema-1');
    expect(screen.getByRole('button', { name: 'Cancel job' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download' })).not.toBeInTheDocument();
  });

  it('showsTheSeedExactlyAsTheServerSentIt', async () => {
    // given a job whose seed does not fit a JavaScript number
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 200, body: aGenerationJob({ seed: '8072165390114558381' }) }),
      on('GET', EVENTS, { ...eventStream(aJobProgress()), keepOpen: true }),
    );

    // when its page is shown
    showJobPage(fetchFn);

    // then every digit is there (Number would make it ...558000), with a button to copy it
    expect(await screen.findByText('8072165390114558381')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy the seed' })).toBeInTheDocument();
  });

  it('showsScoresTheReportAndDownloadsTheOutputOnceComplete', async () => {
    // given a job whose stream ends with the completed event, and its report
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 200, body: aGenerationJob({ status: 'COMPLETED', generationTime: 10 }) }),
      on('GET', EVENTS, eventStream(aJobProgress({ rowsDone: 10_000 }), completed)),
      on('GET', METRICS, { status: 200, body: aMetricsReport() }),
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
    const scores = await screen.findByLabelText('Scores');
    await userEvent.click(screen.getByRole('button', { name: 'Download' }));

    // then both scores show, the bar is full, the report is laid out, and the file is saved under its name
    expect(within(scores).getByText('91.5 %')).toBeInTheDocument();
    expect(within(scores).getByText('88 %')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Generation progress' })).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText('20,000 of 20,000')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel job' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Score breakdown' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Real correlations' })).toBeInTheDocument();
    expect(screen.getByText('0 of 20,000 synthetic rows equal a real row in every column')).toBeInTheDocument();
    expect(screen.getByText('2,000 rows/s')).toBeInTheDocument();
    expect(document.querySelector('pre')).toBeNull();
    await vi.waitFor(() => expect(savedAs).toHaveBeenCalledWith('job-1.csv.gz'), patiently);
  });

  it('showsVerifiedOnceTheManifestsSignatureChecksOutAgainstThePublishedKeys', async () => {
    // given a completed job whose manifest a published key signed
    const manifest = await manifestOf(PARTS);
    const { jws, keys } = await signed(manifest);
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 200, body: aGenerationJob({ status: 'COMPLETED', generationTime: 10 }) }),
      on('GET', EVENTS, eventStream(completed)),
      on('GET', METRICS, { status: 200, body: aMetricsReport() }),
      on('GET', MANIFEST, { status: 200, body: jws }),
      on('GET', KEYS, { status: 200, body: keys }),
    );

    // when its page is shown and the user checks the file they downloaded
    showJobPage(fetchFn);
    expect(await screen.findByText('Verified')).toBeInTheDocument();
    // Mantine's FileInput is a labelled button over a hidden file input, which takes the file
    const fileInput = document.querySelector<HTMLInputElement>('input[type="file"]');
    expect(screen.getByRole('button', { name: /Check a downloaded file/ })).toBeInTheDocument();
    await userEvent.upload(fileInput as HTMLInputElement, new File(PARTS, 'job-1.csv'));

    // then the key and the root are named, and the file matches part by part
    expect(screen.getByText('key-1')).toBeInTheDocument();
    expect(screen.getByText(manifest.output.merkleRoot)).toBeInTheDocument();
    expect(await screen.findByText('The file matches the manifest: all 3 parts.')).toBeInTheDocument();
  });

  it('saysHowToCheckAZipOfParquetPartsAgainstTheManifest', async () => {
    // given a completed job of several Parquet parts, which downloads as a zip
    const manifest = await manifestOf(PARTS);
    const { jws, keys } = await signed({ ...manifest, output: { ...manifest.output, format: 'parquet' } });
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 200, body: aGenerationJob({ status: 'COMPLETED', generationTime: 10 }) }),
      on('GET', EVENTS, eventStream(completed)),
      on('GET', METRICS, { status: 200, body: aMetricsReport() }),
      on('GET', MANIFEST, { status: 200, body: jws }),
      on('GET', KEYS, { status: 200, body: keys }),
    );

    // when its page is shown
    showJobPage(fetchFn);

    // then the file check says that the parts joined are checked, not the zip
    expect(await screen.findByText('Verified')).toBeInTheDocument();
    expect(screen.getByText(/zip of its Parquet parts/)).toBeInTheDocument();
  });

  it('saysNotVerifiedWhenNoPublishedKeySignedTheManifest', async () => {
    // given a manifest signed by a key the platform does not publish
    const { jws } = await signed(await manifestOf(PARTS));
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 200, body: aGenerationJob({ status: 'COMPLETED', generationTime: 10 }) }),
      on('GET', EVENTS, eventStream(completed)),
      on('GET', METRICS, { status: 200, body: aMetricsReport() }),
      on('GET', MANIFEST, { status: 200, body: jws }),
      on('GET', KEYS, { status: 200, body: { keys: [] } }),
    );

    // when its page is shown
    showJobPage(fetchFn);

    // then it says why it is not verified
    expect(
      await screen.findByText('Not verified: it names key key-1, which the platform does not publish'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Verified')).not.toBeInTheDocument();
  });

  it('showsTheRowsACancelledJobActuallyWrote', async () => {
    // given a job cancelled after 7,500 of its 20,000 rows, whose last event claims them all
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 200, body: aGenerationJob({ status: 'CANCELLED', rowsWritten: 7_500 }) }),
      on('GET', EVENTS, eventStream(aJobProgress({ phase: 'cancelled', rowsDone: 20_000, finished: true }))),
    );

    // when its page is shown
    showJobPage(fetchFn);

    // then it shows the rows written, not the rows asked for, and offers neither download nor report
    expect(await screen.findByText('7,500 of 20,000')).toBeInTheDocument();
    expect(screen.getByText(/It had written 7,500 of 20,000 rows/)).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Generation progress' })).toHaveAttribute('aria-valuenow', '37.5');
    expect(screen.queryByText('20,000 of 20,000')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Download' })).not.toBeInTheDocument();
  });

  it('showsAFailedJobsErrorReadably', async () => {
    // given a job that failed with a reason
    const fetchFn = stubFetch(
      on('GET', STATUS, {
        status: 200,
        body: aGenerationJob({ status: 'FAILED', rowsWritten: 0, error: 'The model of run-1 could not be read' }),
      }),
      on('GET', EVENTS, eventStream(aJobProgress({ phase: 'failed', finished: true }))),
    );

    // when its page is shown
    showJobPage(fetchFn);

    // then the reason is in an alert
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The job failed');
    expect(alert).toHaveTextContent('The model of run-1 could not be read');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('FAILED');
  });

  it('showsTheNotFoundPageForAnotherTenantsJob', async () => {
    // given a job id the API does not know for this tenant
    const fetchFn = stubFetch(
      on('GET', STATUS, { status: 404, body: { title: 'Generation job not found', status: 404 } }),
      on('GET', EVENTS, { status: 404, body: { title: 'Not found', status: 404 } }),
    );

    // when its page is shown
    showJobPage(fetchFn);

    // then the one not-found page shows, and nothing of a job
    expect(await screen.findByRole('heading', { name: 'This job was not found' })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('pollsTheStatusEveryTwoSecondsWhenTheStreamCannotBeFollowed', async () => {
    // given an event stream that always fails and a job that completes after a while
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let polls = 0;
    const fetchFn = stubFetch(
      on('GET', EVENTS, { status: 503, body: { title: 'Service Unavailable', status: 503 } }),
      on('GET', METRICS, { status: 200, body: aMetricsReport() }),
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
    expect(within(screen.getByLabelText('Scores')).getByText('90 %')).toBeInTheDocument();
  });
});

describe('CancelJobButton', () => {
  it('cancelsTheJobOnlyOnceTheUserConfirms', async () => {
    // given a running job
    let cancelled = false;
    const fetchFn = stubFetch(
      on('GET', STATUS, () => ({
        status: 200,
        body: aGenerationJob(cancelled ? { status: 'CANCELLED', rowsWritten: 0 } : {}),
      })),
      on('GET', EVENTS, { ...eventStream(aJobProgress()), keepOpen: true }),
      on('POST', '/api/generate/job-1/cancel', () => {
        cancelled = true;
        return { status: 202, body: aGenerationJob({ status: 'CANCELLED', rowsWritten: 0 }) };
      }),
    );
    showJobPage(fetchFn);

    // when the user asks to cancel, changes their mind, then asks again and confirms
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel job' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Keep running' }));
    expect(cancelled).toBe(false);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel job' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Confirm cancel job' }));

    // then the job was cancelled and the page says so
    expect(await screen.findByText('The job was cancelled')).toBeInTheDocument();
    expect(cancelled).toBe(true);
  });
});
