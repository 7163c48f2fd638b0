import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { seriousViolations } from '@/testing/axe';
import { aDataset, customersSchema, ordersOfCustomers, ordersSchema } from '@/testing/dataset-fixtures';
import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import { DatasetPage } from './dataset-page';

describe('DatasetPage', () => {
  it('showsEachTableWithItsFieldsAndPassesAxeWithItsLinkDialogOpen', async () => {
    // given a dataset of customers and their orders
    const fetchFn = stubFetch(
      on('GET', '/api/datasets/d1', { status: 200, body: aDataset({ relationships: [ordersOfCustomers] }) }),
      on('GET', '/api/schemas/s-customers', { status: 200, body: customersSchema }),
      on('GET', '/api/schemas/s-orders', { status: 200, body: ordersSchema }),
    );
    renderWithApi(<DatasetPage />, fetchFn, { route: '/datasets/d1', path: '/datasets/:datasetId' });

    // when its page shows, then each table is a labelled region linking to its schema's editor
    expect(await screen.findByRole('heading', { level: 1, name: 'Shop' })).toBeInTheDocument();
    const customers = await screen.findByRole('region', { name: 'Table customers' });
    expect(screen.getByRole('link', { name: 'Edit fields of customers' })).toHaveAttribute(
      'href',
      '/schemas/s-customers/edit',
    );
    expect(customers).toHaveTextContent('since');
    await screen.findByRole('button', { name: 'Link to… from orders.placed_at' });
    expect(await seriousViolations()).toEqual([]);

    // and so does the link dialog
    await userEvent.click(screen.getByRole('button', { name: 'Link to… from orders.placed_at' }));
    await screen.findByRole('dialog', { name: 'Link orders.placed_at' });
    expect(await seriousViolations()).toEqual([]);
  });
});
