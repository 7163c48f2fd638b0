import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { aDataset, customersSchema, ordersOfCustomers, ordersSchema } from '@/testing/dataset-fixtures';
import { on, stubFetch, type StubResponse } from '@/testing/fetch-stub';
import { patiently } from '@/testing/patiently';
import { renderWithApi } from '@/testing/render-with-api';

import { DatasetDesigner } from './dataset-designer';

/** The API of a two-table dataset; a PUT is answered with `answer`, by default the saved dataset. */
function api(
  answer: StubResponse = { status: 200, body: aDataset({ version: 2, relationships: [ordersOfCustomers] }) },
) {
  return stubFetch(
    on('GET', '/api/schemas/s-customers', { status: 200, body: customersSchema }),
    on('GET', '/api/schemas/s-orders', { status: 200, body: ordersSchema }),
    on('PUT', '/api/datasets/d1', answer),
  );
}

/** The bodies of the PUTs sent so far. */
function savedBodies(fetchFn: ReturnType<typeof api>): unknown[] {
  return fetchFn.mock.calls
    .filter(([, init]) => init?.method === 'PUT')
    .map(([, init]) => JSON.parse(init?.body as string) as unknown);
}

const SAVED_LINK = {
  name: 'Shop',
  description: 'Customers and their orders',
  domain: 'retail',
  tableSchemaIds: ['s-customers', 's-orders'],
  relationships: [ordersOfCustomers],
};

async function saveTheLink() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Add link' }));
  await user.click(screen.getByRole('button', { name: 'Save relationships' }));
}

describe('DatasetDesigner', () => {
  it('drawsALinkByDraggingAFieldOntoItsParentsKey', async () => {
    // given a dataset of customers and orders, not linked yet
    const fetchFn = api();
    renderWithApi(<DatasetDesigner dataset={aDataset()} />, fetchFn);
    const handle = await screen.findByRole('button', { name: 'Link to… from orders.customer_id' });
    await screen.findByRole('button', { name: 'Link to… from customers.id' });

    // when orders.customer_id's handle is dragged onto customers.id and the link is saved
    fireEvent.pointerDown(handle, { button: 0, pointerId: 1, clientX: 300, clientY: 40 });
    fireEvent.pointerMove(window, { pointerId: 1, clientX: 100, clientY: 40 });
    const target = document.querySelector('[data-field="customers.id"]');
    expect(target).toHaveAttribute('data-drop-target');
    fireEvent.pointerUp(target as Element, { pointerId: 1 });
    const dialog = await screen.findByRole('dialog', { name: 'Link orders.customer_id' });
    expect(within(dialog).getByLabelText('Parent table')).toHaveValue('customers');
    expect(within(dialog).getByLabelText('Parent key')).toHaveValue('id');
    await saveTheLink();

    // then the dataset is saved with orders.customer_id → customers.id, one to many
    await vi.waitFor(() => expect(savedBodies(fetchFn)).toEqual([SAVED_LINK]), patiently);
  });

  it('drawsTheSameLinkFromTheKeyboard', async () => {
    // given the same dataset
    const fetchFn = api();
    const user = userEvent.setup();
    renderWithApi(<DatasetDesigner dataset={aDataset()} />, fetchFn);
    const handle = await screen.findByRole('button', { name: 'Link to… from orders.customer_id' });
    await screen.findByRole('button', { name: 'Link to… from customers.id' });

    // when the field's Link to… is pressed with Enter and customers is chosen as its parent
    handle.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Link orders.customer_id' });
    await user.selectOptions(within(dialog).getByLabelText('Parent table'), 'customers');
    expect(within(dialog).getByLabelText('Parent key')).toHaveValue('id');
    await saveTheLink();

    // then the request is the one the drag made
    await vi.waitFor(() => expect(savedBodies(fetchFn)).toEqual([SAVED_LINK]), patiently);
  });

  it('showsARefusedLinksProblemNextToIt', async () => {
    // given a dataset whose link the server refuses with one of the engine's sentences
    const refusal: StubResponse = {
      status: 400,
      contentType: 'application/problem+json',
      body: {
        title: 'The dataset is not valid',
        status: 400,
        errors: [
          { path: 'relationships', message: 'orders.customer_id refers to customers.name, which is not unique' },
        ],
      },
    };
    const user = userEvent.setup();
    const linked = aDataset({ relationships: [{ ...ordersOfCustomers, parentKey: 'name' }] });
    renderWithApi(<DatasetDesigner dataset={linked} />, api(refusal));

    // when the link is made one to one and saved
    await user.click(await screen.findByRole('button', { name: 'Edit orders.customer_id → customers.name' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText('Cardinality'), 'one-to-one');
    await user.click(within(dialog).getByRole('button', { name: 'Save link' }));
    await user.click(screen.getByRole('button', { name: 'Save relationships' }));

    // then the problem shows in the link's row
    const row = (await screen.findByText('orders.customer_id refers to customers.name, which is not unique')).closest(
      'tr',
    );
    expect(row).toHaveTextContent('orders.customer_id → customers.name');
    expect(row).toHaveTextContent('one-to-one');
  });

  it('makesAJoinTableForManyToMany', async () => {
    // given customers and orders, and a server that makes the join table's schema
    const fetchFn = stubFetch(
      on('GET', '/api/schemas/s-customers', { status: 200, body: customersSchema }),
      on('GET', '/api/schemas/s-orders', { status: 200, body: ordersSchema }),
      on('POST', '/api/schemas', { status: 201, body: { ...ordersSchema, id: 's-join', name: 'customers_orders' } }),
      on('PUT', '/api/datasets/d1', { status: 200, body: aDataset({ version: 2 }) }),
    );
    const user = userEvent.setup();
    renderWithApi(<DatasetDesigner dataset={aDataset()} />, fetchFn);
    await screen.findByRole('button', { name: 'Link to… from orders.order_id' });

    // when customers.id is linked to orders.order_id many to many
    await user.click(await screen.findByRole('button', { name: 'Link to… from customers.id' }));
    const dialog = await screen.findByRole('dialog', { name: 'Link customers.id' });
    await user.selectOptions(within(dialog).getByLabelText('Parent table'), 'orders');
    await user.selectOptions(within(dialog).getByLabelText('Cardinality'), 'many-to-many');
    await user.click(within(dialog).getByRole('button', { name: 'Add join table' }));

    // then a join table with one column per key is made, and the dataset saved with it and its two links
    await vi.waitFor(() => expect(savedBodies(fetchFn)).toHaveLength(1), patiently);
    const schemaPost = fetchFn.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(schemaPost?.[1]?.body as string)).toMatchObject({
      name: 'customers_orders',
      fields: [
        { name: 'customers_id', type: 'integer', constraints: { required: true } },
        { name: 'orders_order_id', type: 'integer', constraints: { required: true } },
      ],
    });
    expect(savedBodies(fetchFn)[0]).toMatchObject({
      tableSchemaIds: ['s-customers', 's-orders', 's-join'],
      relationships: [
        { parent: 'customers', parentKey: 'id', child: 'customers_orders', childKey: 'customers_id' },
        { parent: 'orders', parentKey: 'order_id', child: 'customers_orders', childKey: 'orders_order_id' },
      ],
    });
  });
});
