import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { eventStream, on, stubFetch } from '@/testing/fetch-stub';
import { aJobPage } from '@/testing/generation-fixtures';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema } from '@/testing/schema-fixtures';
import { aRunPage, aTrainingRun } from '@/testing/training-fixtures';

import { SchemaPage } from './schema-page';

const seeds = {
  content: [{ id: 'seed-old', fileName: 'old.csv', rowCount: 2_000 }],
  page: { number: 0, size: 100, totalElements: 1, totalPages: 1 },
};

describe('SchemaPage', () => {
  it('listsTheNewTrainingRunOnceItIsStarted', async () => {
    // given a schema with no jobs yet, whose next run is being trained
    let started = false;
    const run = aTrainingRun({ schemaId: 'schema-1' });
    const fetchFn = stubFetch(
      on('GET', '/api/schemas/schema-1', { status: 200, body: aSchema({ id: 'schema-1' }) }),
      on('GET', '/api/seeds', { status: 200, body: seeds }),
      on('GET', '/api/generate', { status: 200, body: aJobPage([]) }),
      on('GET', '/api/train', () => ({ status: 200, body: aRunPage(started ? [run] : []) })),
      on('POST', '/api/train', () => {
        started = true;
        return { status: 202, body: run };
      }),
      on('GET', '/api/train/run-1/status', { status: 200, body: run }),
      on('GET', '/api/jobs/run-1/events', { ...eventStream({ phase: 'training', finished: false }), keepOpen: true }),
    );
    renderWithApi(<SchemaPage />, fetchFn, { route: '/schemas/schema-1?seed=seed-old', path: '/schemas/:schemaId' });
    const runs = await screen.findByRole('table', { name: 'Training runs' });
    expect(within(runs).getByText('No training runs yet.')).toBeInTheDocument();
    const jobs = screen.getByRole('table', { name: 'Generation jobs' });
    expect(within(jobs).getByText('No generation jobs yet.')).toBeInTheDocument();

    // when the user trains
    await screen.findByRole('option', { name: 'old.csv (2,000 rows)' });
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));

    // then the runs table lists the new run without a reload
    expect(await within(runs).findByText('QUEUED')).toBeInTheDocument();
  });
});
