import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSeedProfile } from '@/testing/seed-fixtures';

import { SeedDetailPage } from './seed-detail-page';

const PROFILE = on('GET', '/api/seeds/seed-1/profile', { status: 200, body: aSeedProfile() });

function showSeed(fetchFn: typeof fetch) {
  renderWithApi(<SeedDetailPage />, fetchFn, { route: '/seeds/seed-1', path: '/seeds/:seedId' });
}

function cellsOf(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );
}

describe('SeedDetailPage', () => {
  it('showsTheDetectedFieldsAndTheFirstRows', async () => {
    // given a profiled seed, when its page is shown
    showSeed(stubFetch(PROFILE));

    // then each field shows with its type and meaning, and the rows as read
    const fields = await screen.findByRole('table', { name: 'Detected fields' });
    expect(cellsOf(fields).map((cells) => cells.slice(0, 4))).toEqual([
      ['age', 'integer', '—', 'numeric'],
      ['email', 'string', 'email', 'fake'],
    ]);
    expect(cellsOf(screen.getByRole('table', { name: 'Seed preview' }))).toEqual([
      ['42', 'ann@example.com'],
      ['37', ''],
    ]);
  });

  it('createsASchemaNamedAfterTheFileUnlessRenamed', async () => {
    // given a server that saves the detected schema
    const fetchFn = stubFetch(
      PROFILE,
      on('POST', '/api/seeds/seed-1/schema', { status: 201, body: { id: 'schema-9', version: 1 } }),
    );
    showSeed(fetchFn);

    // when the user keeps the suggested name and creates the schema
    expect(await screen.findByLabelText('Schema name')).toHaveValue('customers');
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the detection is saved under that name and the schema's page opens
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    const post = fetchFn.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(post?.[1]?.body).toBe(JSON.stringify({ name: 'customers' }));
  });

  it('showsWhyTheSchemaWasRefused', async () => {
    // given a server that refuses the name
    const problem = {
      title: 'Invalid schema',
      status: 400,
      errors: [{ path: 'name', message: 'must not be blank' }],
    };
    const fetchFn = stubFetch(
      PROFILE,
      on('POST', '/api/seeds/seed-1/schema', { status: 400, body: problem, contentType: 'application/problem+json' }),
    );
    showSeed(fetchFn);

    // when the user clears the name and submits
    await userEvent.clear(await screen.findByLabelText('Schema name'));
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the field error shows inside the form
    const form = screen.getByRole('form', { name: 'Create a schema from this seed' });
    expect(await within(form).findByRole('alert')).toHaveTextContent('name: must not be blank');
  });
});
