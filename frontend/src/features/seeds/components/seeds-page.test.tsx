import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { FakeUploadRequest } from '@/testing/fake-upload-request';
import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSeed, aSeedPage } from '@/testing/seed-fixtures';

import { patiently } from '@/testing/patiently';

import { SeedsPage } from './seeds-page';

const TEN_MIB = 10 * 1024 * 1024;

function showSeedsPage(request = new FakeUploadRequest(), seeds = [aSeed()]) {
  const fetchFn = stubFetch(
    on('GET', '/api/seeds', { status: 200, body: aSeedPage(seeds) }),
    on('GET', '/api/quotas', { status: 200, body: { tenantId: 'acme', maxSeedBytes: TEN_MIB, custom: false } }),
  );
  renderWithApi(<SeedsPage />, fetchFn, { route: '/seeds', createUploadRequest: () => request.asXhr() });
  return request;
}

/** Chooses a file in the drop zone's file dialog; the upload starts at once. */
async function chooseAndUpload() {
  const file = new File(['age,income\n42,50000\n'], 'customers.csv', { type: 'text/csv' });
  await userEvent.upload(screen.getByLabelText('Seed file'), file);
}

describe('SeedsPage', () => {
  it('listsTheTenantsSeeds', async () => {
    // given one uploaded seed, when the page is shown
    showSeedsPage();

    // then the table named "Seeds" links to its profile and tells its format, rows, columns and size
    const table = await screen.findByRole('table', { name: 'Seeds' });
    expect(within(table).getByRole('link', { name: 'customers.csv' })).toHaveAttribute('href', '/seeds/seed-1');
    const cells = within(within(table).getAllByRole('row')[1]).getAllByRole('cell');
    expect(cells.slice(1, 5).map((cell) => cell.textContent)).toEqual(['csv', '2', '2', '2.0 KiB']);
  });

  it('saysHowToStartWhenThereAreNoSeeds', async () => {
    // given a tenant without seeds, when the page is shown
    showSeedsPage(new FakeUploadRequest(), []);

    // then it says so instead of an empty table
    expect(await screen.findByText('No seeds yet')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Seeds' })).not.toBeInTheDocument();
  });

  it('showsUploadProgressThenTheServersCheckThenOpensTheProfile', async () => {
    // given the seeds page
    const request = showSeedsPage();
    await screen.findByRole('table', { name: 'Seeds' });

    // when a file is dropped and 40 % of it is sent
    await chooseAndUpload();
    await vi.waitFor(() => expect(request.body).toBeDefined(), patiently);
    expect((request.body?.get('file') as File).name).toBe('customers.csv');
    request.sent(4_096, 10_240);

    // then the bar, the percentage and the bytes say so
    const bar = await screen.findByRole('progressbar', { name: 'Upload progress' });
    await vi.waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '40'), patiently);
    expect(screen.getByText('4.0 KiB of 10.0 KiB · 40 %')).toBeInTheDocument();

    // when every byte is sent, the bar is full while the server checks the file
    request.allSent();
    expect(await screen.findByText('Checking file…')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute('aria-valuenow', '100');

    // and when the server accepts it, the seed's page opens
    request.answer(201, aSeed({ id: 'seed-2' }));
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
  });

  it('uploadsAFileDroppedOnTheDropZone', async () => {
    // given the seeds page
    const request = showSeedsPage();
    await screen.findByRole('table', { name: 'Seeds' });

    // when a JSON Lines file is dragged from the desktop and dropped on the drop zone
    const file = new File(['{"age":42}\n'], 'customers.jsonl', { type: '' });
    const dataTransfer = {
      files: [file],
      items: [{ kind: 'file', type: file.type, getAsFile: () => file }],
      types: ['Files'],
    };
    fireEvent.drop(screen.getByText('Drop a seed file here, or click to choose one'), { dataTransfer });

    // then that file is sent, by its extension, though the desktop named no type
    await vi.waitFor(() => expect(request.body).toBeDefined(), patiently);
    expect((request.body?.get('file') as File).name).toBe('customers.jsonl');
  });

  it('showsTheProblemWhenTheFileIsRefused', async () => {
    // given the seeds page
    const request = showSeedsPage();
    await screen.findByRole('table', { name: 'Seeds' });

    // when the server refuses the upload
    await chooseAndUpload();
    await vi.waitFor(() => expect(request.body).toBeDefined(), patiently);
    request.answer(
      400,
      { title: 'Unreadable seed', status: 400, detail: 'line 3 has 4 values, the header 3' },
      'application/problem+json',
    );

    // then its problem shows and the progress bar is gone
    expect(await screen.findByRole('alert')).toHaveTextContent('line 3 has 4 values, the header 3');
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('refusesAFileOverTheTenantsLimitBeforeSendingIt', async () => {
    // given a tenant that may upload at most 10 MiB
    const request = showSeedsPage();
    expect(await screen.findByText(/Largest file: 10.0 MiB\./)).toBeInTheDocument();

    // when the user chooses a file of 12 MiB
    const file = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 12 * 1024 * 1024 });
    await userEvent.upload(screen.getByLabelText('Seed file'), file);

    // then it says why, and nothing is sent
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“huge.csv” is 12.0 MiB; the largest file you may upload is 10.0 MiB.',
    );
    expect(request.body).toBeUndefined();
  });

  it('refusesAFileThatIsNoSeed', async () => {
    // given the seeds page
    const request = showSeedsPage();
    await screen.findByRole('table', { name: 'Seeds' });

    // when a PDF is chosen in the drop zone's file dialog
    const pdf = new File(['%PDF'], 'report.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Seed file'), { target: { files: [pdf] } });

    // then it says which files are read, and nothing is sent
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“report.pdf” is not a CSV, JSON, JSON Lines or XLSX file.',
    );
    expect(request.body).toBeUndefined();
  });
});
