import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { patiently } from '@/testing/patiently';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema } from '@/testing/schema-fixtures';

import { NewSchemaPage } from './new-schema-page';

function postedBody(fetchFn: ReturnType<typeof stubFetch>): unknown {
  const request = fetchFn.mock.calls
    .map(([input]) => input)
    .find((input) => input instanceof Request && input.method === 'POST');
  if (!(request instanceof Request)) {
    throw new Error('nothing was posted');
  }
  return request.clone().json();
}

async function replaceText(input: HTMLElement, text: string) {
  await userEvent.clear(input);
  await userEvent.type(input, text);
}

const created = aSchema({ id: 'new-1', name: 'Patients' });

function renderPage(fetchFn: typeof fetch) {
  return renderWithApi(<NewSchemaPage />, fetchFn, { route: '/schemas/new' });
}

const models = [
  { name: 'auto', explanation: 'Lets the engine choose.', fieldTypes: ['string', 'integer'], suggestedFor: [] },
  { name: 'numeric', explanation: 'Learns numbers.', fieldTypes: ['integer'], suggestedFor: ['integer'] },
  { name: 'pattern', explanation: 'Matches the pattern.', fieldTypes: ['string'], suggestedFor: [] },
];

describe('NewSchemaPage', () => {
  it('postsEveryPropertyTheUserSetAndOpensTheNewSchema', async () => {
    // given a server that accepts the schema
    const fetchFn = stubFetch(
      on('POST', '/api/schemas', { status: 201, body: created }),
      on('GET', '/api/models', { status: 200, body: models }),
    );
    renderPage(fetchFn);

    // when the user fills the schema, turns on differential privacy and designs three fields
    await userEvent.type(screen.getByLabelText('Schema name'), 'Patients');
    await userEvent.type(screen.getByLabelText('Domain'), 'healthcare');
    await replaceText(screen.getByLabelText('Records per day'), '5000');
    await replaceText(screen.getByLabelText('Days'), '7');
    await userEvent.click(screen.getByRole('switch', { name: /^Differential privacy/ }));
    await replaceText(screen.getByLabelText('Epsilon'), '2.5');
    const first = screen.getByRole('group', { name: 'Field 1' });
    await userEvent.type(within(first).getByLabelText('Field name'), 'patient_id');
    await userEvent.click(within(first).getByRole('checkbox', { name: /^Required/ }));
    await userEvent.click(within(first).getByRole('checkbox', { name: /^Unique/ }));
    await userEvent.type(within(first).getByLabelText('Pattern'), 'P-\\d{{6}');
    await userEvent.selectOptions(within(first).getByLabelText('Model'), 'pattern');
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
    const second = screen.getByRole('group', { name: 'Field 2' });
    await userEvent.type(within(second).getByLabelText('Field name'), 'ward');
    await userEvent.type(within(second).getByLabelText('Allowed values'), 'ICU{Enter}ER{Enter}');
    await userEvent.selectOptions(within(second).getByLabelText('Privacy level'), 'high');
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
    const third = screen.getByRole('group', { name: 'Field 3' });
    await userEvent.type(within(third).getByLabelText('Field name'), 'age');
    await userEvent.selectOptions(within(third).getByLabelText('Field type'), 'integer');
    expect(within(third).getByLabelText('Model')).toHaveAccessibleDescription(
      'Lets the engine choose. For integer fields it suggests numeric.',
    );
    expect(within(third).queryByRole('option', { name: 'Pattern' })).not.toBeInTheDocument();
    await userEvent.type(within(third).getByLabelText('Min'), '0');
    await userEvent.type(within(third).getByLabelText('Max'), '120');
    await userEvent.type(within(third).getByLabelText('Missing written as'), 'NA');
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the body matches the API contract and the new schema's page opens
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(await postedBody(fetchFn)).toEqual({
      name: 'Patients',
      description: '',
      domain: 'healthcare',
      fields: [
        {
          name: 'patient_id',
          type: 'string',
          constraints: { required: true, unique: true, pattern: 'P-\\d{6}' },
          representation: {},
          model: 'pattern',
          privacyLevel: 'medium',
        },
        {
          name: 'ward',
          type: 'string',
          constraints: { required: false, unique: false, enum: ['ICU', 'ER'] },
          representation: {},
          model: 'auto',
          privacyLevel: 'high',
        },
        {
          name: 'age',
          type: 'integer',
          constraints: { required: false, unique: false, min: 0, max: 120 },
          representation: { missing: 'NA' },
          model: 'auto',
          privacyLevel: 'medium',
        },
      ],
      targetVolume: { recordsPerDay: 5000, days: 7 },
      privacySettings: { differentialPrivacy: true, epsilon: 2.5, syntheticRatio: 100 },
    });
  });

  it('movesAndRemovesFields', async () => {
    // given three named fields
    const fetchFn = stubFetch(on('POST', '/api/schemas', { status: 201, body: created }));
    renderPage(fetchFn);
    await userEvent.type(screen.getByLabelText('Schema name'), 'Order');
    for (const name of ['a', 'b', 'c']) {
      if (name !== 'a') {
        await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
      }
      await userEvent.type(screen.getAllByLabelText('Field name').at(-1) as HTMLElement, name);
    }

    // when the last moves up and the first is removed
    await userEvent.click(screen.getByRole('button', { name: 'Move field 3 up' }));
    const firstField = screen.getByRole('group', { name: 'Field 1' });
    await userEvent.click(within(firstField).getByRole('button', { name: 'Remove' }));
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the fields go in the new order
    await screen.findByText('Navigated away');
    expect(await postedBody(fetchFn)).toMatchObject({ fields: [{ name: 'c' }, { name: 'b' }] });
  });

  it('showsEachServerErrorAtItsInputAndKeepsTheInput', async () => {
    // given a server that rejects a field's bound and the epsilon
    const problem = {
      type: 'https://synthesis.dev/problems/validation',
      title: 'Invalid schema',
      status: 400,
      errors: [
        { path: 'fields[1].constraints.min', message: 'must be a whole number for an integer field, got 1.5' },
        { path: 'name', message: 'must not be blank' },
      ],
    };
    const fetchFn = stubFetch(
      on('POST', '/api/schemas', { status: 400, body: problem, contentType: 'application/problem+json' }),
    );
    renderPage(fetchFn);
    await userEvent.type(screen.getByLabelText('Field name'), 'id');
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
    const second = screen.getByRole('group', { name: 'Field 2' });
    await userEvent.type(within(second).getByLabelText('Field name'), 'age');
    await userEvent.selectOptions(within(second).getByLabelText('Field type'), 'number');
    await userEvent.type(within(second).getByLabelText('Min'), '1.5');

    // when the user submits
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the messages sit at the inputs concerned, one summary says so, and nothing is lost
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('2 values need fixing');
    expect(within(second).getByLabelText('Min')).toHaveAccessibleDescription(
      expect.stringContaining('must be a whole number') as string,
    );
    expect(screen.getByLabelText('Schema name')).toHaveAccessibleDescription(
      expect.stringContaining('must not be blank') as string,
    );
    expect(summary).not.toHaveTextContent('fields[1]');
    expect(within(second).getByLabelText('Field name')).toHaveValue('age');
  });

  it('importsASchemaFileIntoTheForm', async () => {
    // given an exported schema file
    const file = new File(
      [JSON.stringify({ name: 'Imported', fields: [{ name: 'email', type: 'string', semanticKind: 'email' }] })],
      'imported.schema.json',
      { type: 'application/json' },
    );
    renderPage(stubFetch());

    // when the user imports it
    const input = document.querySelector<HTMLInputElement>('input[type=file]');
    if (!input) {
      throw new Error('no file input');
    }
    await userEvent.upload(input, file);

    // then the form shows its name and fields
    await vi.waitFor(() => expect(screen.getByLabelText('Schema name')).toHaveValue('Imported'), patiently);
    expect(screen.getByLabelText('Field name')).toHaveValue('email');
    expect(screen.getByLabelText('Meaning')).toHaveValue('email');
  });
});

describe('NewSchemaPage preview', () => {
  it('previewsTheUnsavedDraftAndShowsItsProblemsAtTheInputs', async () => {
    // given a server that refuses the first preview's pattern and answers the second
    const invalid = {
      title: 'Invalid schema',
      status: 400,
      errors: [{ path: 'fields[0].constraints.pattern', message: 'is not a valid regular expression' }],
    };
    const rows = {
      columns: ['code'],
      rows: [['AB-1234']],
      schemaVersion: 0,
      source: 'schema-only',
      trainingRunId: null,
    };
    const asked: string[] = [];
    const fetchFn = stubFetch(
      on('POST', '/api/schemas/preview', (request) => {
        asked.push(new URL(request.url).searchParams.get('rows') ?? '');
        return asked.length === 1
          ? { status: 400, body: invalid, contentType: 'application/problem+json' }
          : { status: 200, body: rows };
      }),
    );
    renderWithApi(<NewSchemaPage />, fetchFn, { route: '/schemas/new' });
    await userEvent.type(screen.getByLabelText('Field name'), 'code');
    await userEvent.type(screen.getByLabelText('Pattern'), 'AB-(');

    // when the user previews a broken pattern
    await userEvent.click(screen.getByRole('button', { name: 'Preview 10 rows' }));

    // then the problem shows at the pattern, and nothing was saved
    expect(await screen.findByRole('alert')).toHaveTextContent('No preview: the schema has problems');
    expect(screen.getByLabelText('Pattern')).toHaveAccessibleDescription(
      expect.stringContaining('is not a valid regular expression') as string,
    );

    // when the user previews again
    await userEvent.click(screen.getByRole('button', { name: 'Preview 10 rows' }));

    // then the rows show and the problem is gone
    expect(await screen.findByRole('table', { name: 'Draft preview' })).toHaveTextContent('AB-1234');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(asked).toEqual(['10', '10']);
  });
});
