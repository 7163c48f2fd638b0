import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { on, requestUrl, stubFetch, TEST_ORIGIN } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aRunPage, aTrainingRun } from '@/testing/training-fixtures';

import { TrainingRuns } from './training-runs';

const seeds = {
  content: [{ id: 'seed-old', fileName: 'old.csv', rowCount: 2_000 }],
  page: { number: 0, size: 100, totalElements: 1, totalPages: 1 },
};

describe('TrainingRuns', () => {
  it('listsTheSchemasRunsWithSeedPresetsAndRows', async () => {
    // given a completed run on a known seed and a queued one on a seed no longer offered
    const runs = [
      aTrainingRun({ status: 'COMPLETED', trainingRows: 1_800, quality: 'high', privacy: 'standard' }),
      aTrainingRun({ id: 'run-2', seedId: 'seed-gone' }),
    ];
    const fetchFn = stubFetch(
      on('GET', '/api/seeds', { status: 200, body: seeds }),
      on('GET', '/api/train', { status: 200, body: aRunPage(runs) }),
    );

    // when the schema's runs are shown
    renderWithApi(<TrainingRuns schemaId="schema-1" />, fetchFn);

    // then the schema's first page was asked for and each run shows
    const table = await screen.findByRole('table', { name: 'Training runs' });
    expect(await within(table).findByRole('link', { name: 'old.csv' })).toHaveAttribute('href', '/seeds/seed-old');
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .slice(1)
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['old.csv', 'quality high, privacy standard', 'COMPLETED', '1,800'],
      ['Seed', 'quality high, privacy high', 'QUEUED', '—'],
    ]);
    const listCall = fetchFn.mock.calls.find(([input]) => requestUrl(input).startsWith('/api/train'));
    const query = new URL(requestUrl(listCall?.[0] ?? ''), TEST_ORIGIN).searchParams;
    expect(Object.fromEntries(query)).toEqual({ schemaId: 'schema-1', page: '0', size: '20' });
  });
});
