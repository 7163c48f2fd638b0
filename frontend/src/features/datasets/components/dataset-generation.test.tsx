import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { aDataset, aDatasetJob, ordersOfCustomers } from '@/testing/dataset-fixtures';
import { seriousViolations } from '@/testing/axe';
import { eventStream, on, requestUrl, stubFetch } from '@/testing/fetch-stub';
import { datasetManifestOf, signed, TABLE_PARTS } from '@/testing/manifest-fixtures';
import { patiently } from '@/testing/patiently';
import { renderWithApi } from '@/testing/render-with-api';

import { DatasetGeneration } from './dataset-generation';

const linked = aDataset({ relationships: [ordersOfCustomers] });
const report = {
  quality: 0.91,
  tables: { customers: { qualityScore: 0.93, privacyScore: 0.88 }, orders: { qualityScore: 0.89, privacyScore: 0.9 } },
  relationships: [
    {
      parent: 'customers',
      child: 'orders',
      childKey: 'customer_id',
      cardinalityShapeSimilarity: 0.95,
      trends: [{ parentColumn: 'since', childColumn: 'amount', real: 0.4, synthetic: 0.37, similarity: 0.97 }],
      danglingKeys: 0,
      orphanRowsInSeed: 3,
    },
  ],
};

const manifest = await datasetManifestOf(TABLE_PARTS);
const { jws, keys } = await signed(manifest);

function api() {
  return stubFetch(
    on('GET', '/api/dataset-jobs/j1-0000-0000/manifest', { status: 200, body: jws }),
    on('GET', '/.well-known/synthesis/signing-keys.json', { status: 200, body: keys }),
    on('GET', '/api/seeds', {
      status: 200,
      body: { content: [], page: { number: 0, size: 100, totalElements: 0, totalPages: 0 } },
    }),
    on('GET', '/api/datasets/d1/training', { status: 404, body: { title: 'Not trained', status: 404 } }),
    on('GET', '/api/dataset-jobs', { status: 200, body: [] }),
    on('POST', '/api/datasets/d1/generate', { status: 202, body: { id: 'j1-0000-0000' } }),
    on('GET', '/api/dataset-jobs/j1-0000-0000', { status: 200, body: aDatasetJob({ report }) }),
    on(
      'GET',
      '/api/jobs/j1-0000-0000/events',
      eventStream({
        jobId: 'j1-0000-0000',
        phase: 'completed',
        rowsDone: 5200,
        rowsTotal: 5200,
        rowsPerSecond: 0,
        etaSeconds: 0,
        qualityScore: 0.91,
        privacyScore: null,
        finished: true,
      }),
    ),
    on('GET', '/api/dataset-jobs/j1-0000-0000/tables/orders/download', {
      status: 200,
      text: 'order_id,customer_id\n1,1\n',
      contentType: 'text/csv',
      headers: { 'Content-Disposition': 'attachment; filename="orders.csv"' },
    }),
  );
}

describe('DatasetGeneration', () => {
  it('asksForRowsOfTheRootTablesOnlyAndShowsTheJobsReport', async () => {
    // given a dataset where orders are children of customers
    const fetchFn = api();
    const user = userEvent.setup();
    renderWithApi(<DatasetGeneration dataset={linked} />, fetchFn);

    // when 500 customers are generated as SQL with seed 7
    const rows = await screen.findByLabelText('Rows of customers');
    expect(screen.queryByLabelText('Rows of orders')).not.toBeInTheDocument();
    await user.clear(rows);
    await user.type(rows, '500');
    await user.type(screen.getByLabelText(/Random seed/), '7');
    await user.selectOptions(screen.getByLabelText('Format'), 'sql');
    await user.click(screen.getByRole('button', { name: 'Generate dataset' }));

    // then the request names the root table's rows, and the finished job shows its report
    const post = fetchFn.mock.calls.find(([input]) => requestUrl(input).endsWith('/generate'));
    expect(JSON.parse(post?.[1]?.body as string)).toEqual({ rootRows: { customers: 500 }, seed: 7, format: 'sql' });
    const relationships = await screen.findByRole('table', { name: 'Relationships' });
    const row = within(relationships).getAllByRole('row')[1];
    expect(row).toHaveTextContent('orders.customer_id → customers');
    expect(row).toHaveTextContent('95');
    expect(row).toHaveTextContent('since × amount');
    expect(screen.getByRole('table', { name: 'Quality per table' })).toHaveTextContent('customers');
    expect(await screen.findByText('Verified')).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
  });

  it('downloadsOneTablesFile', async () => {
    // given a completed job shown on the page
    const fetchFn = api();
    const user = userEvent.setup();
    const savedAs = vi.fn<(name: string) => void>();
    Object.defineProperty(URL, 'createObjectURL', { configurable: true, value: () => 'blob:orders' });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      savedAs(this.download);
    });
    renderWithApi(<DatasetGeneration dataset={linked} />, fetchFn);
    await user.click(await screen.findByRole('button', { name: 'Generate dataset' }));

    // when the orders table is downloaded
    await user.click(await screen.findByRole('button', { name: 'Download orders (4,200 rows)' }));

    // then that table's file is saved under the name the server gives
    await vi.waitFor(() => expect(savedAs).toHaveBeenCalledWith('orders.csv'), patiently);
    expect(screen.getByRole('button', { name: 'Download all tables' })).toBeEnabled();
  });

  it('showsVerifiedWithEachTablesRootAndChecksATablesDownloadedFile', async () => {
    // given a completed job whose manifest a published key signed
    const user = userEvent.setup();
    renderWithApi(<DatasetGeneration dataset={linked} />, api());
    await user.click(await screen.findByRole('button', { name: 'Generate dataset' }));
    expect(await screen.findByText('Verified')).toBeInTheDocument();

    // when the user checks a changed orders file
    const inputs = document.querySelectorAll<HTMLInputElement>('input[type="file"]');
    expect(screen.getByRole('button', { name: 'Check a downloaded orders file…' })).toBeInTheDocument();
    await user.upload(inputs[1], new File(['order_id,customer_id\n1,1\n', '2,2\n3,3\n'], 'orders.csv.gz'));

    // then the dataset's and each table's roots are named, and the orders part that differs
    expect(screen.getByText(manifest.output.merkleRoot)).toBeInTheDocument();
    expect(screen.getByText(manifest.output.tables?.[1].merkleRoot ?? '')).toBeInTheDocument();
    expect(
      await screen.findByText('The file does not match: part 1 of 2 differs from the manifest.'),
    ).toBeInTheDocument();
  });
});
