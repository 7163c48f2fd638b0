import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { aDataset } from '@/testing/dataset-fixtures';
import { seriousViolations } from '@/testing/axe';
import { on, requestUrl, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import { FromSeedsPanel } from './from-seeds-panel';

function seed(id: string, fileName: string) {
  return {
    id,
    fileName,
    format: 'csv',
    rowCount: 100,
    columnCount: 3,
    sizeBytes: 1000,
    createdAt: '2026-12-01T10:00:00Z',
    createdBy: 'alice',
  };
}

const field = (name: string) => ({ name, type: 'integer', constraints: { required: true, unique: false } });
const detection = {
  tables: [
    {
      seedId: 'seed-c',
      name: 'customers',
      schema: { name: 'customers', fields: [field('id'), field('age')] },
      primaryKey: 'id',
    },
    {
      seedId: 'seed-o',
      name: 'orders',
      schema: { name: 'orders', fields: [field('order_id'), field('customer_id')] },
      primaryKey: 'order_id',
    },
  ],
  relationships: [
    {
      relationship: {
        parent: 'customers',
        parentKey: 'id',
        child: 'orders',
        childKey: 'customer_id',
        cardinality: 'one-to-many',
      },
      inclusion: 0.98,
      reason: 'unique in customers',
    },
    {
      relationship: {
        parent: 'customers',
        parentKey: 'age',
        child: 'orders',
        childKey: 'order_id',
        cardinality: 'one-to-many',
      },
      inclusion: 0.6,
      reason: 'values overlap',
    },
  ],
  orphans: [{ child: 'orders', childKey: 'customer_id', parent: 'customers', rows: 2, examples: ['77', '78'] }],
};

describe('FromSeedsPanel', () => {
  it('createsADatasetFromTheLinksTheUserKeeps', async () => {
    // given two uploaded seeds whose detection proposes two links and finds orphans
    const fetchFn = stubFetch(
      on('GET', '/api/seeds', {
        status: 200,
        body: {
          content: [seed('seed-c', 'customers.csv'), seed('seed-o', 'orders.csv')],
          page: { number: 0, size: 100, totalElements: 2, totalPages: 1 },
        },
      }),
      on('POST', '/api/datasets/detect', { status: 200, body: detection }),
      on('POST', '/api/datasets/from-seeds', { status: 201, body: aDataset({ id: 'd7' }) }),
    );
    const user = userEvent.setup();
    renderWithApi(<FromSeedsPanel onClose={() => undefined} />, fetchFn);

    // when both are picked, detected, the weak link unchecked and the dataset named
    await user.click(await screen.findByLabelText('customers.csv (100 rows)'));
    await user.click(screen.getByLabelText('orders.csv (100 rows)'));
    await user.click(screen.getByRole('button', { name: 'Detect keys and links' }));
    expect(
      await screen.findByText(/2 rows of orders name a customer_id that customers does not have/),
    ).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);
    await user.click(screen.getByRole('checkbox', { name: 'orders.order_id → customers.age' }));
    await user.type(screen.getByLabelText(/Dataset name/), 'Shop');
    await user.click(screen.getByRole('button', { name: 'Create dataset' }));

    // then the dataset is made from both seeds, keys unique, with the kept link only
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    const detect = fetchFn.mock.calls.find(([input]) => requestUrl(input).endsWith('/detect'));
    expect(JSON.parse(detect?.[1]?.body as string)).toEqual({ seedIds: ['seed-c', 'seed-o'] });
    const create = fetchFn.mock.calls.find(([input]) => requestUrl(input).endsWith('/from-seeds'));
    const body = JSON.parse(create?.[1]?.body as string) as {
      tables: { seedId: string; schema: { fields: { name: string; constraints: { unique: boolean } }[] } }[];
      relationships: unknown[];
    };
    expect(body.tables.map((table) => table.seedId)).toEqual(['seed-c', 'seed-o']);
    expect(body.tables[0].schema.fields[0].constraints.unique).toBe(true);
    expect(body.relationships).toEqual([detection.relationships[0].relationship]);
  });
});
