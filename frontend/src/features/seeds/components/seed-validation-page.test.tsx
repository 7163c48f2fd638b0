import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema, aPage } from '@/testing/schema-fixtures';
import { aSeedProfile } from '@/testing/seed-fixtures';

import { SeedValidationPage } from './seed-validation-page';

const PROFILE = on('GET', '/api/seeds/seed-1/profile', { status: 200, body: aSeedProfile() });
const SCHEMAS = on('GET', '/api/schemas', {
  status: 200,
  body: aPage([aSchema({ id: 'schema-1', name: 'Customers', version: 2 }), aSchema({ id: 'schema-2', name: 'Other' })]),
});

const validation = {
  rows: 5,
  validRows: 2,
  invalidRows: 3,
  missingColumns: ['signup_date'],
  ignoredColumns: ['notes'],
  errors: [
    { row: 4, field: 'age', value: '-3', reason: 'below the minimum 0' },
    { row: 2, field: 'email', value: null, reason: 'required' },
    { row: 1, field: 'age', value: 'old', reason: 'not an integer' },
  ],
  errorLimit: 100,
};

describe('SeedValidationPage', () => {
  it('checksTheSeedAgainstTheChosenSchemaAndGroupsTheErrorsByColumn', async () => {
    // given a seed, two schemas and a server that finds three errors
    const fetchFn = stubFetch(
      PROFILE,
      SCHEMAS,
      on('POST', '/api/schemas/schema-1/validate', { status: 200, body: validation }),
    );
    renderWithApi(<SeedValidationPage />, fetchFn, {
      route: '/seeds/seed-1/validation',
      path: '/seeds/:seedId/validation',
    });

    // when the user picks the schema and validates
    expect(await screen.findByRole('heading', { level: 1, name: 'Validate customers.csv' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Validate' })).toBeDisabled();
    await screen.findByRole('option', { name: 'Customers (version 2)' });
    await userEvent.selectOptions(screen.getByLabelText(/^Schema/), 'schema-1');
    await userEvent.click(screen.getByRole('button', { name: 'Validate' }));

    // then the seed was sent to that schema's check
    const results = await screen.findByRole('region', { name: 'Validation results' });
    const post = fetchFn.mock.calls.find(([input]) => input instanceof Request && input.method === 'POST');
    expect(await (post?.[0] as Request).json()).toEqual({ seedId: 'seed-1' });

    // and the counts, the columns that do not line up, and each column's errors by row show
    expect(within(results).getByText('2 (40 %)')).toBeInTheDocument();
    expect(within(results).getByText('3')).toBeInTheDocument();
    expect(within(results).getByRole('alert', { name: 'Missing columns' })).toHaveTextContent('signup_date');
    expect(within(results).getByRole('alert', { name: 'Ignored columns' })).toHaveTextContent('notes');
    const columns = within(results).getAllByRole('button', { name: /errors?/ });
    expect(columns.map((column) => column.textContent)).toEqual(['age2 errorsrows 1, 4', 'email1 errorrows 2']);
    await userEvent.click(columns[0]);
    const ageErrors = await within(results).findByRole('table', { name: 'Errors in age' });
    const cells = within(ageErrors)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells).toEqual([
      ['1', 'old', 'not an integer'],
      ['4', '-3', 'below the minimum 0'],
    ]);
  });

  it('offersTheSchemaMadeFromTheSeedFirst', async () => {
    // given two schemas, the older of which was made from this seed
    const schemas = aPage([
      aSchema({ id: 'schema-2', name: 'Other', version: 1 }),
      aSchema({ id: 'schema-1', name: 'Customers', version: 2, sourceSeedId: 'seed-1' }),
    ]);
    const fetchFn = stubFetch(PROFILE, on('GET', '/api/schemas', { status: 200, body: schemas }));

    // when the validation page is shown
    renderWithApi(<SeedValidationPage />, fetchFn, {
      route: '/seeds/seed-1/validation',
      path: '/seeds/:seedId/validation',
    });

    // then that schema is chosen, and the page says why
    expect(await screen.findByText(/^The schema made from this seed/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Schema/)).toHaveValue('schema-1');
    expect(screen.getByRole('button', { name: 'Validate' })).toBeEnabled();
  });
});
