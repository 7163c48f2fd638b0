import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, requestUrl, stubFetch, TEST_ORIGIN } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aPage, aSchema } from '@/testing/schema-fixtures';

import { SchemasPage } from './schemas-page';

const patients = aSchema();
const orders = aSchema({
  id: 'b0d3',
  name: 'Orders',
  domain: 'retail',
  version: 1,
  fields: patients.fields?.slice(0, 1),
});

function rowOf(cell: HTMLElement): HTMLElement {
  const row = cell.closest('tr');
  if (row === null) {
    throw new Error('cell outside a table row');
  }
  return row;
}

describe('SchemasPage', () => {
  it('listsOneRowPerSchemaFromTheApi', async () => {
    // given the API holds two schemas
    const fetchFn = stubFetch(on('GET', '/api/schemas', { status: 200, body: aPage([patients, orders]) }));

    // when the page is shown
    renderWithApi(<SchemasPage />, fetchFn);

    // then the table named "Schemas" has one row per schema, name first
    const table = await screen.findByRole('table', { name: 'Schemas' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent)
          .slice(0, 4),
      ),
    ).toEqual([
      ['Patients', 'healthcare', '2', '3'],
      ['Orders', 'retail', '1', '1'],
    ]);
  });

  it('asksForTheNewestTwentySchemasFirst', async () => {
    // given an empty tenant
    const fetchFn = stubFetch(on('GET', '/api/schemas', { status: 200, body: aPage([]) }));

    // when the page is shown
    renderWithApi(<SchemasPage />, fetchFn);

    // then the first page sorted by last update is requested and the empty state shows
    expect(await screen.findByText('No schemas yet.')).toBeInTheDocument();
    const url = new URL(requestUrl(fetchFn.mock.calls[0][0]), TEST_ORIGIN);
    expect(Object.fromEntries(url.searchParams)).toEqual({ page: '0', size: '20', sort: 'updatedAt,desc' });
  });

  it('fetchesTheNextPageOnNext', async () => {
    // given two pages of schemas
    const fetchFn = stubFetch(
      on('GET', '/api/schemas', (request) =>
        new URL(request.url).searchParams.get('page') === '1'
          ? { status: 200, body: aPage([orders], 1, 2) }
          : { status: 200, body: aPage([patients], 0, 2) },
      ),
    );
    renderWithApi(<SchemasPage />, fetchFn);
    await screen.findByRole('cell', { name: 'Patients' });

    // when the user goes to the next page
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));

    // then the second page's schemas show
    expect(await screen.findByRole('cell', { name: 'Orders' })).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 2')).toBeInTheDocument();
  });

  it('stepsBackAPageWhenTheLastPageEmpties', async () => {
    // given two pages, the second holding one schema
    let deleted = false;
    const fetchFn = stubFetch(
      on('DELETE', `/api/schemas/${orders.id}`, () => {
        deleted = true;
        return { status: 204 };
      }),
      on('GET', '/api/schemas', (request) => {
        const pageNumber = Number(new URL(request.url).searchParams.get('page'));
        const pages = deleted ? [[patients]] : [[patients], [orders]];
        return { status: 200, body: aPage(pages[pageNumber] ?? [], pageNumber, pages.length) };
      }),
    );
    renderWithApi(<SchemasPage />, fetchFn);
    await screen.findByRole('cell', { name: 'Patients' });
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    const row = rowOf(await screen.findByRole('cell', { name: 'Orders' }));

    // when its only schema is deleted
    await userEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    await userEvent.click(within(row).getByRole('button', { name: 'Confirm delete' }));

    // then the first page shows again, with no pages to turn
    expect(await screen.findByRole('cell', { name: 'Patients' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Schema pages' })).not.toBeInTheDocument();
  });

  it('deletesAfterConfirmationWithTheRowVersionAsIfMatch', async () => {
    // given one schema at version 3
    let deleted = false;
    const fetchFn = stubFetch(
      on('DELETE', `/api/schemas/${patients.id}`, () => {
        deleted = true;
        return { status: 204 };
      }),
      on('GET', '/api/schemas', () => ({ status: 200, body: aPage(deleted ? [] : [patients]) })),
    );
    renderWithApi(<SchemasPage />, fetchFn);
    const row = rowOf(await screen.findByRole('cell', { name: 'Patients' }));

    // when the user clicks Delete, then Confirm delete
    await userEvent.click(within(row).getByRole('button', { name: 'Delete' }));
    expect(deleted).toBe(false);
    await userEvent.click(within(row).getByRole('button', { name: 'Confirm delete' }));

    // then the request carries the version as ETag and the list refreshes without the row
    expect(await screen.findByText('No schemas yet.')).toBeInTheDocument();
    const deletion = fetchFn.mock.calls
      .map(([input]) => input)
      .find((input): input is Request => input instanceof Request && input.method === 'DELETE');
    expect(deletion?.headers.get('If-Match')).toBe('"3"');
  });

  it('showsTheProblemWhenTheListCannotBeLoaded', async () => {
    // given the API refuses the list
    const problem = { title: 'Forbidden', status: 403, detail: 'No tenant in token.' };
    const fetchFn = stubFetch(
      on('GET', '/api/schemas', { status: 403, body: problem, contentType: 'application/problem+json' }),
    );

    // when the page is shown
    renderWithApi(<SchemasPage />, fetchFn);

    // then the problem is shown instead of the table
    expect(await screen.findByRole('alert')).toHaveTextContent('No tenant in token.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offersANewSchemaAndAnEditPerRow', async () => {
    // given one schema
    const fetchFn = stubFetch(on('GET', '/api/schemas', { status: 200, body: aPage([patients]) }));

    // when the page is shown
    renderWithApi(<SchemasPage />, fetchFn);

    // then the header leads to the designer and the row to its editor
    expect(screen.getByRole('link', { name: 'New schema' })).toHaveAttribute('href', '/schemas/new');
    expect(await screen.findByRole('link', { name: 'Edit Patients' })).toHaveAttribute(
      'href',
      `/schemas/${patients.id}/edit`,
    );
  });
});
