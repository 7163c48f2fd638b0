import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema } from '@/testing/schema-fixtures';

import { NewSchemaPage } from './new-schema-page';

async function postedBody(fetchFn: ReturnType<typeof stubFetch>): Promise<unknown> {
  const request = fetchFn.mock.calls
    .map(([input]) => input)
    .find((input) => input instanceof Request && input.method === 'POST');
  if (!(request instanceof Request)) {
    throw new Error('nothing was posted');
  }
  return request.clone().json();
}

/** Pasted rather than typed: a tree of field editors re-renders on every key, which a busy machine feels. */
async function nameAndType(box: HTMLElement, name: string, type: string) {
  const user = userEvent.setup();
  await user.click(within(box).getAllByLabelText('Field name')[0]);
  await user.paste(name);
  await user.selectOptions(within(box).getAllByLabelText('Field type')[0], type);
}

describe('Nested fields', () => {
  it('declaresAnObjectWithAnArrayOfObjectsAsATree', async () => {
    // given a new schema
    const fetchFn = stubFetch(on('POST', '/api/schemas', { status: 201, body: aSchema({ id: 'n1' }) }));
    const user = userEvent.setup();
    renderWithApi(<NewSchemaPage />, fetchFn, { route: '/schemas/new' });
    await user.click(screen.getByLabelText('Schema name'));
    await user.paste('Visits');

    // when treatment_plan is an object of meds (1 to 4 items of {drug}) and follow_up_days, built from the keyboard
    await nameAndType(screen.getByRole('group', { name: 'Field 1' }), 'treatment_plan', 'json');
    const addMember = screen.getByRole('button', { name: 'Add member to treatment_plan' });
    addMember.focus();
    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    await nameAndType(screen.getByRole('group', { name: 'treatment_plan member 1' }), 'meds', 'array');
    await nameAndType(screen.getByRole('group', { name: 'treatment_plan member 2' }), 'follow_up_days', 'integer');
    const items = screen.getByRole('group', { name: 'Items of meds' });
    await user.type(within(items).getByLabelText('Min items'), '1');
    await user.type(within(items).getByLabelText('Max items'), '4');
    await user.click(within(items).getByRole('button', { name: 'Declare the item type of meds' }));
    await user.selectOptions(
      within(screen.getByRole('group', { name: 'Item of meds' })).getAllByLabelText('Field type')[0],
      'json',
    );
    await user.click(screen.getByRole('button', { name: 'Add member to Item of meds' }));
    await nameAndType(screen.getByRole('group', { name: 'Item of meds member 1' }), 'drug', 'string');
    await user.click(screen.getByRole('button', { name: 'Move treatment_plan member 2 up' }));
    await user.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the definition carries the tree in the contract's shape
    await screen.findByText('Navigated away');
    expect(await postedBody(fetchFn)).toMatchObject({
      fields: [
        {
          name: 'treatment_plan',
          type: 'json',
          fields: [
            { name: 'follow_up_days', type: 'integer' },
            {
              name: 'meds',
              type: 'array',
              constraints: { minItems: 1, maxItems: 4 },
              items: { type: 'json', fields: [{ name: 'drug', type: 'string' }] },
            },
          ],
        },
      ],
    });
  });
});
