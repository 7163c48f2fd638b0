import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema } from '@/testing/schema-fixtures';

import { CreateSchemaForm } from './create-schema-form';
import { patiently } from '@/testing/patiently';

function postedBody(fetchFn: ReturnType<typeof stubFetch>): unknown {
  const post = fetchFn.mock.calls.find(([, init]) => init?.method === 'POST');
  const body = post?.[1]?.body;
  if (typeof body !== 'string') {
    throw new Error('no JSON body was posted');
  }
  return JSON.parse(body);
}

async function replaceText(label: HTMLElement, text: string) {
  await userEvent.clear(label);
  await userEvent.type(label, text);
}

describe('CreateSchemaForm', () => {
  it('postsTheSchemaBuiltFromTheInputsIncludingAnAddedField', async () => {
    // given a server that accepts the schema
    const fetchFn = stubFetch(on('POST', '/api/schemas', { status: 201, body: aSchema() }));
    const onCreated = vi.fn();
    renderWithApi(<CreateSchemaForm onCreated={onCreated} />, fetchFn);

    // when the user fills the form, adds a second field and submits
    await userEvent.type(screen.getByLabelText('Schema name'), 'Patients');
    await userEvent.type(screen.getByLabelText('Description'), 'Hospital admissions');
    await userEvent.type(screen.getByLabelText('Domain'), 'healthcare');
    await replaceText(screen.getByLabelText('Records per day'), '5000');
    await replaceText(screen.getByLabelText('Days'), '7');
    await userEvent.type(screen.getByLabelText('Field name'), 'patient_id');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Required' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Unique' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
    const second = screen.getByRole('group', { name: 'Field 2' });
    await userEvent.type(within(second).getByLabelText('Field name'), 'age');
    await userEvent.selectOptions(within(second).getByLabelText('Field type'), 'integer');
    await userEvent.type(within(second).getByLabelText('Min'), '0');
    await userEvent.type(within(second).getByLabelText('Max'), '120');
    await userEvent.type(within(second).getByLabelText('Missing written as'), 'NA');
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
    const third = screen.getByRole('group', { name: 'Field 3' });
    await userEvent.type(within(third).getByLabelText('Field name'), 'smoker');
    await userEvent.selectOptions(within(third).getByLabelText('Field type'), 'boolean');
    await userEvent.type(within(third).getByLabelText('True written as'), 'yes');
    await userEvent.type(within(third).getByLabelText('False written as'), 'no');
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the request body matches the API contract and the form reports success
    await vi.waitFor(() => expect(onCreated).toHaveBeenCalledOnce(), patiently);
    expect(postedBody(fetchFn)).toEqual({
      name: 'Patients',
      description: 'Hospital admissions',
      domain: 'healthcare',
      fields: [
        {
          name: 'patient_id',
          type: 'string',
          constraints: { required: true, unique: true },
          representation: {},
          model: 'auto',
          privacyLevel: 'medium',
        },
        {
          name: 'age',
          type: 'integer',
          constraints: { required: false, unique: false, min: 0, max: 120 },
          representation: { missing: 'NA' },
          model: 'auto',
          privacyLevel: 'medium',
        },
        {
          name: 'smoker',
          type: 'boolean',
          constraints: { required: false, unique: false },
          representation: { trueText: 'yes', falseText: 'no' },
          model: 'auto',
          privacyLevel: 'medium',
        },
      ],
      targetVolume: { recordsPerDay: 5000, days: 7 },
      privacySettings: { differentialPrivacy: false, epsilon: null, syntheticRatio: 100 },
    });
    expect(screen.getByLabelText('Schema name')).toHaveValue('');
  });

  it('removesAFieldFromTheList', async () => {
    // given a form with two fields
    const fetchFn = stubFetch(on('POST', '/api/schemas', { status: 201, body: aSchema() }));
    renderWithApi(<CreateSchemaForm onCreated={vi.fn()} />, fetchFn);
    await userEvent.type(screen.getByLabelText('Field name'), 'first');
    await userEvent.click(screen.getByRole('button', { name: 'Add field' }));
    await userEvent.type(screen.getAllByLabelText('Field name')[1], 'second');

    // when the first one is removed and the form submitted
    await userEvent.click(screen.getAllByRole('button', { name: 'Remove' })[0]);
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then only the second field is sent
    await vi.waitFor(() => expect(fetchFn).toHaveBeenCalledOnce(), patiently);
    expect(postedBody(fetchFn)).toMatchObject({ fields: [{ name: 'second' }] });
  });

  it('showsTheServersFieldErrorsNextToTheFormOnBadRequest', async () => {
    // given a server that rejects a blank field name
    const problem = {
      type: 'https://synthesis.dev/problems/validation',
      title: 'Invalid schema',
      status: 400,
      errors: [{ path: 'fields[0].name', message: 'must not be blank' }],
    };
    const fetchFn = stubFetch(
      on('POST', '/api/schemas', { status: 400, body: problem, contentType: 'application/problem+json' }),
    );
    const onCreated = vi.fn();
    renderWithApi(<CreateSchemaForm onCreated={onCreated} />, fetchFn);

    // when the user submits without naming the field
    await userEvent.type(screen.getByLabelText('Schema name'), 'Patients');
    await userEvent.click(screen.getByRole('button', { name: 'Create schema' }));

    // then the problem is listed inside the form and the input is kept
    const form = screen.getByRole('form', { name: 'New schema' });
    expect(await within(form).findByRole('alert')).toHaveTextContent('fields[0].name: must not be blank');
    expect(screen.getByLabelText('Schema name')).toHaveValue('Patients');
    expect(onCreated).not.toHaveBeenCalled();
  });
});
