import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { eventStream, on, requestUrl, stubFetch, TEST_ORIGIN } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema } from '@/testing/schema-fixtures';
import { aSeed, aSeedPage } from '@/testing/seed-fixtures';
import { aRunPage, aTrainingRun } from '@/testing/training-fixtures';

import { TrainForm } from './train-form';
import { TrainingRuns } from './training-runs';

const SEEDS = on('GET', '/api/seeds', {
  status: 200,
  body: aSeedPage([aSeed({ id: 'seed-old', fileName: 'old.csv', rowCount: 2_000 })]),
});

function rowsOf(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .slice(1)
        .map((cell) => cell.textContent),
    );
}

describe('TrainingRuns', () => {
  it('listsTheSchemasRunsWithSeedPresetsRowsEpsilonAndDuration', async () => {
    // given a completed run on a known seed and a queued one on a seed no longer offered
    const runs = [
      aTrainingRun({
        status: 'COMPLETED',
        trainingRows: 1_800,
        quality: 'high',
        privacy: 'standard',
        epsilonSpent: 1.5,
        startedAt: '2026-11-25T09:00:00Z',
        finishedAt: '2026-11-25T09:02:05Z',
      }),
      aTrainingRun({ id: 'run-2', seedId: 'seed-gone' }),
    ];
    const fetchFn = stubFetch(SEEDS, on('GET', '/api/train', { status: 200, body: aRunPage(runs) }));

    // when the schema's runs are shown
    renderWithApi(<TrainingRuns schemaId="schema-1" />, fetchFn);

    // then the schema's first page was asked for and each run shows
    const table = await screen.findByRole('table', { name: 'Training runs' });
    expect(await within(table).findByRole('link', { name: 'old.csv' })).toHaveAttribute('href', '/seeds/seed-old');
    expect(rowsOf(table)).toEqual([
      ['old.csv', 'quality high, privacy standard', 'COMPLETED', '1,800', '1.5', '2 min 5 s'],
      ['Seed', 'quality high, privacy high', 'QUEUED', '—', '—', '—'],
    ]);
    const listCall = fetchFn.mock.calls.find(([input]) => requestUrl(input).startsWith('/api/train'));
    const query = new URL(requestUrl(listCall?.[0] ?? ''), TEST_ORIGIN).searchParams;
    expect(Object.fromEntries(query)).toEqual({ schemaId: 'schema-1', page: '0', size: '20' });
  });

  it('showsTheRunCompletedInTheListAsSoonAsTheFormSaysSo', async () => {
    // given a list that would be read again only every 5 s (an interval that never fires here),
    // and a run that completes while the list still holds it as queued
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let completed = false;
    const queued = aTrainingRun();
    const done = aTrainingRun({ status: 'COMPLETED', trainingRows: 1_800, holdoutRows: 200 });
    const fetchFn = stubFetch(
      SEEDS,
      on('GET', '/api/schemas/schema-1', { status: 200, body: aSchema({ id: 'schema-1' }) }),
      on('GET', '/api/train', () => ({ status: 200, body: aRunPage([completed ? done : queued]) })),
      on('POST', '/api/train', { status: 202, body: queued }),
      on('GET', '/api/jobs/run-1/events', () => {
        completed = true;
        return eventStream({ jobId: 'run-1', phase: 'completed', rowsDone: 1_800, finished: true });
      }),
      on('GET', '/api/train/run-1/status', () => ({ status: 200, body: completed ? done : queued })),
    );
    renderWithApi(
      <>
        <TrainForm schemaId="schema-1" initialSeedId="seed-old" />
        <TrainingRuns schemaId="schema-1" />
      </>,
      fetchFn,
    );
    const table = await screen.findByRole('table', { name: 'Training runs' });

    // when the user trains and the run ends
    await screen.findByRole('option', { name: 'old.csv (2,000 rows)' });
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));
    expect(await screen.findByText(/Training completed/)).toBeInTheDocument();

    // then the list says so too, with no QUEUED left beside it
    expect(await within(table).findByText('COMPLETED')).toBeInTheDocument();
    expect(within(table).queryByText('QUEUED')).not.toBeInTheDocument();
  });
});
