import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema } from '@/testing/schema-fixtures';

import { SchemaHistoryPage } from './schema-history-page';

const version1 = aSchema({ id: 'schema-1', version: 1, privacySettings: { differentialPrivacy: false } });
const version2 = aSchema({ id: 'schema-1', version: 2, privacySettings: { differentialPrivacy: true, epsilon: 1 } });
const version3 = aSchema({ id: 'schema-1', version: 3, name: 'Admissions', privacySettings: version2.privacySettings });
const history = [1, 2, 3].map((version) => ({
  version,
  createdAt: `2026-11-2${version}T10:00:00Z`,
  createdBy: version === 2 ? 'bob' : 'alice',
  name: version === 3 ? 'Admissions' : 'Patients',
  fieldCount: 2,
}));

describe('SchemaHistoryPage', () => {
  it('listsEveryVersionAndDiffsTheLastTwoThenAnyTwo', async () => {
    // given a schema with three versions
    const fetchFn = stubFetch(
      on('GET', '/api/schemas/schema-1', { status: 200, body: version3 }),
      on('GET', '/api/schemas/schema-1/versions', { status: 200, body: history }),
      on('GET', '/api/schemas/schema-1/versions/1', { status: 200, body: version1 }),
      on('GET', '/api/schemas/schema-1/versions/2', { status: 200, body: version2 }),
      on('GET', '/api/schemas/schema-1/versions/3', { status: 200, body: version3 }),
    );

    // when the history is shown
    renderWithApi(<SchemaHistoryPage />, fetchFn, {
      route: '/schemas/schema-1/history',
      path: '/schemas/:schemaId/history',
    });

    // then the versions are listed newest first with who saved them
    const table = await screen.findByRole('table', { name: 'Versions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['3', '2', '1']);
    expect(rows[1]).toHaveTextContent('bob');

    // and the last change (the rename) is shown by default
    expect(await screen.findByRole('region', { name: 'Version 2 to version 3' })).toHaveTextContent('Admissions');

    // when versions 1 and 2 are compared instead
    await userEvent.selectOptions(screen.getByLabelText('From version'), '1');
    await userEvent.selectOptions(screen.getByLabelText('To version'), '2');

    // then turning on differential privacy shows
    const diff = await screen.findByRole('region', { name: 'Version 1 to version 2' });
    expect(within(diff).getByRole('table', { name: 'Schema settings changes' })).toHaveTextContent(
      'Differential privacynoyes',
    );
  });
});
