import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { FakeUploadRequest } from '@/testing/fake-upload-request';
import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSeed, aSeedPage } from '@/testing/seed-fixtures';

import { SeedsPage } from './seeds-page';
import { patiently } from '@/testing/patiently';

const TEN_MIB = 10 * 1024 * 1024;

function showSeedsPage(request = new FakeUploadRequest()) {
  const fetchFn = stubFetch(
    on('GET', '/api/seeds', { status: 200, body: aSeedPage([aSeed()]) }),
    on('GET', '/api/quotas', { status: 200, body: { tenantId: 'acme', maxSeedBytes: TEN_MIB, custom: false } }),
  );
  renderWithApi(<SeedsPage />, fetchFn, { route: '/seeds', createUploadRequest: () => request.asXhr() });
  return request;
}

async function chooseAndUpload() {
  const file = new File(['age,income\n42,50000\n'], 'customers.csv', { type: 'text/csv' });
  await userEvent.upload(screen.getByLabelText('Seed file'), file);
  await userEvent.click(screen.getByRole('button', { name: 'Upload' }));
}

describe('SeedsPage', () => {
  it('listsTheTenantsSeeds', async () => {
    // given one uploaded seed, when the page is shown
    showSeedsPage();

    // then the table named "Seeds" links to its profile
    const table = await screen.findByRole('table', { name: 'Seeds' });
    expect(within(table).getByRole('link', { name: 'customers.csv' })).toHaveAttribute('href', '/seeds/seed-1');
  });

  it('showsUploadProgressThenTheServersCheckThenOpensTheProfile', async () => {
    // given the seeds page
    const request = showSeedsPage();
    await screen.findByRole('table', { name: 'Seeds' });

    // when a file is uploaded and 40 % of it is sent
    await chooseAndUpload();
    await vi.waitFor(() => expect(request.body).toBeDefined(), patiently);
    request.sent(40, 100);

    // then the bar and the percentage say so
    const bar = await screen.findByRole('progressbar', { name: 'Upload progress' });
    await vi.waitFor(() => expect(bar).toHaveAttribute('value', '40'), patiently);
    expect(screen.getByText('40 %')).toBeInTheDocument();

    // when every byte is sent, the bar is full while the server checks the file
    request.allSent();
    expect(await screen.findByText('Checking file…')).toBeInTheDocument();
    expect(bar).toHaveAttribute('value', '100');

    // and when the server accepts it, the seed's page opens
    request.answer(201, aSeed({ id: 'seed-2' }));
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
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
    expect(await screen.findByText('Largest file: 10.0 MiB')).toBeInTheDocument();

    // when the user chooses a file of 12 MiB
    const file = new File(['x'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: 12 * 1024 * 1024 });
    await userEvent.upload(screen.getByLabelText('Seed file'), file);

    // then it says why, and nothing can be sent
    expect(screen.getByRole('alert')).toHaveTextContent(
      '“huge.csv” is 12.0 MiB; the largest file you may upload is 10.0 MiB.',
    );
    expect(screen.getByRole('button', { name: 'Upload' })).toBeDisabled();
    expect(request.body).toBeUndefined();
  });
});
