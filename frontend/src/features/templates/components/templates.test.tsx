import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { seriousViolations } from '@/testing/axe';
import { on, requestUrl, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import { TemplatePage } from './template-page';
import { TemplatesPage } from './templates-page';

const retail = {
  id: 'retail',
  title: 'Retail & e-commerce',
  summary: 'Customers, products and their orders.',
  domain: 'retail',
  tables: [
    { name: 'customers', fieldCount: 4 },
    { name: 'orders', fieldCount: 5 },
  ],
  relationshipCount: 1,
};

const retailDetail = {
  ...retail,
  defaultRootRows: { customers: 1000 },
  dataset: {
    name: 'retail',
    domain: 'retail',
    tables: [
      { name: 'customers', fields: [{ name: 'id', type: 'integer', constraints: { required: true, unique: true } }] },
      {
        name: 'orders',
        fields: [{ name: 'customer_id', type: 'integer', constraints: { required: true, unique: false } }],
      },
    ],
    relationships: [
      { parent: 'customers', parentKey: 'id', child: 'orders', childKey: 'customer_id', cardinality: 'one-to-many' },
    ],
  },
  preview: { customers: [{ id: 1 }, { id: 2 }], orders: [{ customer_id: 2 }] },
};

describe('Templates', () => {
  it('showsACardPerTemplateWithItsTables', async () => {
    // given the server offers the retail template
    renderWithApi(<TemplatesPage />, stubFetch(on('GET', '/api/templates', { status: 200, body: [retail] })));

    // then its card names it, says what it is and lists its tables
    const card = await screen.findByRole('article', { name: 'Retail & e-commerce' });
    expect(within(card).getByRole('link', { name: 'Retail & e-commerce' })).toHaveAttribute(
      'href',
      '/templates/retail',
    );
    expect(card).toHaveTextContent('customers (4 fields), orders (5 fields) · 1 relationship');
    expect(await seriousViolations()).toEqual([]);
  });

  it('instantiatesATemplateAndOpensTheNewDataset', async () => {
    // given the retail template's page
    const fetchFn = stubFetch(
      on('GET', '/api/templates/retail', { status: 200, body: retailDetail }),
      on('POST', '/api/templates/retail/instantiate', { status: 201, body: { id: 'd9', name: 'My shop' } }),
    );
    const user = userEvent.setup();
    renderWithApi(<TemplatePage />, fetchFn, { route: '/templates/retail', path: '/templates/:templateId' });

    // it shows the tables, their link and a few rows of each
    expect(await screen.findByRole('table', { name: 'Relationships' })).toHaveTextContent('orders.customer_id');
    expect(screen.getByRole('region', { name: 'customers rows' })).toBeInTheDocument();
    expect(await seriousViolations()).toEqual([]);

    // when it is used under another name
    const name = screen.getByLabelText('Dataset name');
    await user.clear(name);
    await user.type(name, 'My shop');
    await user.click(screen.getByRole('button', { name: 'Use this template' }));

    // then the template is instantiated with that name and the page moves to the new dataset
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    const post = fetchFn.mock.calls.find(([input]) => requestUrl(input).endsWith('/instantiate'));
    expect(JSON.parse(post?.[1]?.body as string)).toEqual({ name: 'My shop' });
  });
});
