import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import type { TrainingRun } from '../api/training-types';
import { TrainForm } from './train-form';

const seeds = {
  content: [
    { id: 'seed-new', fileName: 'new.csv', rowCount: 10 },
    { id: 'seed-old', fileName: 'old.csv', rowCount: 2_000 },
  ],
  page: { number: 0, size: 100, totalElements: 2, totalPages: 1 },
};

function aRun(overrides: Partial<TrainingRun>): TrainingRun {
  return {
    id: 'run-1',
    schemaId: 'schema-1',
    schemaVersion: 1,
    seedId: 'seed-old',
    status: 'QUEUED',
    privacy: 'high',
    quality: 'high',
    trainingRows: null,
    holdoutRows: null,
    rejectedRows: null,
    error: null,
    ...overrides,
  };
}

describe('TrainForm', () => {
  it('trainsOnTheChosenSeedWithThePresetsAndReportsTheEnd', async () => {
    // given two seeds and a run that completes
    const fetchFn = stubFetch(
      on('GET', '/api/seeds', { status: 200, body: seeds }),
      on('POST', '/api/train', { status: 202, body: aRun({}) }),
      on('GET', '/api/train/run-1/status', {
        status: 200,
        body: aRun({ status: 'COMPLETED', trainingRows: 1_800, holdoutRows: 200 }),
      }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" initialSeedId="seed-old" />, fetchFn);

    // when the user picks high quality and high privacy and trains
    expect(await screen.findByRole('option', { name: 'old.csv (2000 rows)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Seed')).toHaveValue('seed-old');
    await userEvent.selectOptions(screen.getByLabelText('Quality'), 'high');
    await userEvent.selectOptions(screen.getByLabelText('Privacy'), 'high');
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));

    // then the request names schema, seed and presets, and the run's end is shown
    expect(await screen.findByText(/Training completed/)).toHaveTextContent('1,800 rows, 200 held out');
    const post = fetchFn.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(post?.[1]?.body as string)).toEqual({
      schemaId: 'schema-1',
      seedId: 'seed-old',
      quality: 'high',
      privacy: 'high',
    });
  });
});
