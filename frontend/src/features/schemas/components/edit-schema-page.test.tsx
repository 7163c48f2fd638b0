import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { patiently } from '@/testing/patiently';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema } from '@/testing/schema-fixtures';

import { EditSchemaPage } from './edit-schema-page';

const version3 = aSchema({ id: 'schema-1', version: 3 });
const version4 = aSchema({
  id: 'schema-1',
  version: 4,
  updatedAt: '2026-11-25T08:00:00Z',
  updatedBy: 'bob',
  fields: [
    ...(version3.fields ?? []),
    { name: 'ward', type: 'string', constraints: { required: true, unique: false, enum: ['ICU', 'ER'] } },
  ],
});

function puts(fetchFn: ReturnType<typeof stubFetch>): Request[] {
  return fetchFn.mock.calls
    .map(([input]) => input)
    .filter((input): input is Request => input instanceof Request && input.method === 'PUT');
}

function renderPage(fetchFn: typeof fetch) {
  return renderWithApi(<EditSchemaPage />, fetchFn, {
    route: '/schemas/schema-1/edit',
    path: '/schemas/:schemaId/edit',
  });
}

describe('EditSchemaPage', () => {
  it('savesTheNextVersionWithIfMatchOfTheEditedOne', async () => {
    // given schema version 3
    const fetchFn = stubFetch(
      on('GET', '/api/schemas/schema-1', { status: 200, body: version3 }),
      on('PUT', '/api/schemas/schema-1', { status: 200, body: version4 }),
    );
    renderPage(fetchFn);

    // when the user raises age's max and saves
    const age = await screen.findByRole('group', { name: 'Field 2' });
    expect(within(age).getByLabelText('Field name')).toHaveValue('age');
    await userEvent.clear(within(age).getByLabelText('Max'));
    await userEvent.type(within(age).getByLabelText('Max'), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    // then the change goes with If-Match "3" and the schema's page opens
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    const [put] = puts(fetchFn);
    expect(put.headers.get('If-Match')).toBe('"3"');
    expect(await put.clone().json()).toMatchObject({
      fields: [{ name: 'patient_id' }, { name: 'age', constraints: { min: 0, max: 130 } }],
    });
  });

  it('showsWhoChangedWhatOnAStaleEditAndCanSaveOnTopOfIt', async () => {
    // given bob saves version 4 while the user edits version 3
    let current = version3;
    let refused = false;
    const fetchFn = stubFetch(
      on('GET', '/api/schemas/schema-1', () => ({ status: 200, body: current })),
      on('PUT', '/api/schemas/schema-1', () => {
        if (!refused) {
          refused = true;
          current = version4;
          const problem = { title: 'Version mismatch', status: 412, detail: 'the schema is at version 4' };
          return { status: 412, body: problem, contentType: 'application/problem+json' };
        }
        return { status: 200, body: { ...version4, version: 5 } };
      }),
    );
    renderPage(fetchFn);
    await userEvent.type(await screen.findByLabelText('Domain'), ' care');

    // when the user saves
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    // then the page says who saved which version and what each side changed
    const conflict = await screen.findByRole('alert');
    expect(await within(conflict).findByText(/Version 4 was saved by/)).toHaveTextContent('bob');
    expect(within(conflict).getByRole('region', { name: 'Changes in version 4' })).toHaveTextContent('ward');
    expect(within(conflict).getByRole('region', { name: 'Your changes' })).toHaveTextContent('healthcare care');

    // and saving on top of it sends If-Match "4"
    await userEvent.click(within(conflict).getByRole('button', { name: 'Save mine as version 5' }));
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(puts(fetchFn).map((put) => put.headers.get('If-Match'))).toEqual(['"3"', '"4"']);
  });

  it('showsOneNotFoundPageForAnotherTenantsSchema', async () => {
    // given the API answers 404, as it does for another tenant's id
    const problem = { title: 'Schema not found', status: 404 };
    const fetchFn = stubFetch(
      on('GET', '/api/schemas/schema-1', { status: 404, body: problem, contentType: 'application/problem+json' }),
    );

    // when the editor is opened
    renderPage(fetchFn);

    // then only the not-found page shows, no form
    expect(await screen.findByRole('heading', { name: 'This schema was not found' })).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('showsWhatTheSourceSeedHasLeftOfItsPrivacyBudgetAndTheExpectedQuality', async () => {
    // given a DP schema at ε = 2 made from a seed with ε = 1.5 left
    const dpSchema = {
      ...aSchema({ id: 'schema-1', privacySettings: { differentialPrivacy: true, epsilon: 2, syntheticRatio: 100 } }),
      sourceSeedId: 'seed-1',
    };
    const budget = {
      seedId: 'seed-1',
      epsilon: 10,
      delta: 1e-5,
      ownEpsilon: null,
      ownDelta: null,
      spentEpsilon: 8.5,
      spentDelta: 0,
      remainingEpsilon: 1.5,
      remainingDelta: 1e-5,
      entries: [],
    };
    renderPage(
      stubFetch(
        on('GET', '/api/schemas/schema-1', { status: 200, body: dpSchema }),
        on('GET', '/api/seeds/seed-1/privacy-budget', { status: 200, body: budget }),
      ),
    );

    // then the privacy card says a training at this ε would be refused, and what quality to expect
    expect(await screen.findByText(/has ε = 1.5 of 10 left .*would be refused/)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: /Expected quality at ε = 2/ })).toBeInTheDocument();

    // when the user opens the advanced settings, then δ can be set
    await userEvent.click(screen.getByRole('button', { name: 'Advanced privacy settings' }));
    // (once the collapse has opened: under load its animation takes a while)
    await waitFor(() => expect(screen.getByLabelText('Delta')).toBeVisible(), patiently);
  });
});
