import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSeedProfile } from '@/testing/seed-fixtures';

import { SeedSchemaPage } from './seed-page';

const PROFILE = on('GET', '/api/seeds/seed-1/profile', { status: 200, body: aSeedProfile() });

function showSchemaOfSeed(fetchFn: typeof fetch) {
  renderWithApi(<SeedSchemaPage />, fetchFn, { route: '/seeds/seed-1/schema', path: '/seeds/:seedId/schema' });
}

async function postedBody(fetchFn: ReturnType<typeof stubFetch>): Promise<unknown> {
  const post = fetchFn.mock.calls.find(([input]) => input instanceof Request && input.method === 'POST');
  return (post?.[0] as Request).json();
}

describe('SeedSchemaPage', () => {
  it('savesTheDetectedSchemaAsEditedAndOpensItWithTheSeed', async () => {
    // given a server that saves schemas made from seeds
    const fetchFn = stubFetch(
      PROFILE,
      on('POST', '/api/seeds/seed-1/schema', { status: 201, body: { id: 'schema-9', version: 1, schema: {} } }),
    );
    showSchemaOfSeed(fetchFn);

    // when the user renames the schema and its first field in the designer, and creates it
    const name = await screen.findByLabelText('Schema name');
    expect(name).toHaveValue('customers');
    await userEvent.clear(name);
    await userEvent.type(name, 'Customers 2026');
    const [firstField] = screen.getAllByLabelText('Field name');
    expect(firstField).toHaveValue('age');
    await userEvent.clear(firstField);
    await userEvent.type(firstField, 'age_years');
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the edited definition is saved under that name, and the schema's page opens with the seed
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    const { schema, name: sentName } = (await postedBody(fetchFn)) as {
      name: string;
      schema: { name: string; fields: unknown[] };
    };
    expect(sentName).toBe('Customers 2026');
    expect(schema.name).toBe('Customers 2026');
    expect(schema.fields.map((field) => (field as { name: string }).name)).toEqual(['age_years', 'email']);
  });

  it('showsWhyTheSchemaWasRefused', async () => {
    // given a server that refuses the name
    const problem = { title: 'Invalid schema', status: 400, errors: [{ path: 'name', message: 'must not be blank' }] };
    const fetchFn = stubFetch(
      PROFILE,
      on('POST', '/api/seeds/seed-1/schema', { status: 400, body: problem, contentType: 'application/problem+json' }),
    );
    showSchemaOfSeed(fetchFn);

    // when the user clears the name and submits
    await userEvent.clear(await screen.findByLabelText('Schema name'));
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the error shows at the schema's name, inside the form
    const form = screen.getByRole('form', { name: 'Create a schema from this seed' });
    expect(await within(form).findByRole('alert')).toHaveTextContent('The schema was not saved');
    expect(within(form).getByLabelText('Schema name')).toHaveAccessibleDescription('must not be blank');
  });
});
