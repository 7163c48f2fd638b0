import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { eventStream, on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aTrainingRun } from '@/testing/training-fixtures';

import { TrainForm } from './train-form';

const seeds = {
  content: [
    { id: 'seed-new', fileName: 'new.csv', rowCount: 10 },
    { id: 'seed-old', fileName: 'old.csv', rowCount: 2_000 },
  ],
  page: { number: 0, size: 100, totalElements: 2, totalPages: 1 },
};

const SEEDS = on('GET', '/api/seeds', { status: 200, body: seeds });
const START = on('POST', '/api/train', { status: 202, body: aTrainingRun() });
const EVENTS = '/api/jobs/run-1/events';
const STATUS = '/api/train/run-1/status';
const completedRun = aTrainingRun({ status: 'COMPLETED', trainingRows: 1_800, holdoutRows: 200 });

/** An event of a training run's stream, as the server sends it. */
function aTrainingEvent(phase: string, rowsDone = 0) {
  const finished = phase === 'completed' || phase === 'failed';
  return { jobId: 'run-1', phase, rowsDone, rowsTotal: rowsDone, rowsPerSecond: 0, etaSeconds: null, finished };
}

describe('TrainForm', () => {
  it('trainsOnTheChosenSeedWithThePresetsAndReportsTheEnd', async () => {
    // given two seeds and a run whose event stream goes from training to completed
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let statusReads = 0;
    const fetchFn = stubFetch(
      SEEDS,
      START,
      on('GET', EVENTS, eventStream(aTrainingEvent('training'), aTrainingEvent('completed', 1_800))),
      on('GET', STATUS, () => {
        statusReads += 1;
        return { status: 200, body: statusReads === 1 ? aTrainingRun({ status: 'RUNNING' }) : completedRun };
      }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" initialSeedId="seed-old" />, fetchFn);

    // when the user picks high quality and high privacy and trains
    expect(await screen.findByRole('option', { name: 'old.csv (2000 rows)' })).toBeInTheDocument();
    expect(screen.getByLabelText('Seed')).toHaveValue('seed-old');
    await userEvent.selectOptions(screen.getByLabelText('Quality'), 'high');
    await userEvent.selectOptions(screen.getByLabelText('Privacy'), 'high');
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));

    // then the request names schema, seed and presets, and the run's end is shown from its status,
    // read again after the stream ended until it said so
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await screen.findByText(/200 held out/)).toHaveTextContent('Training completed: learned from 1,800 rows');
    const post = fetchFn.mock.calls.find(([, init]) => init?.method === 'POST');
    expect(JSON.parse(post?.[1]?.body as string)).toEqual({
      schemaId: 'schema-1',
      seedId: 'seed-old',
      quality: 'high',
      privacy: 'high',
    });
  });

  it('showsThePhaseLiveFromTheEventStream', async () => {
    // given a run whose stream says it is training and stays open
    const fetchFn = stubFetch(
      SEEDS,
      START,
      on('GET', EVENTS, { ...eventStream(aTrainingEvent('training')), keepOpen: true }),
      on('GET', STATUS, { status: 200, body: aTrainingRun({ status: 'QUEUED' }) }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" />, fetchFn);

    // when the user trains
    await screen.findByRole('option', { name: 'new.csv (10 rows)' });
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));

    // then the stream's phase shows, not the older status
    expect(await screen.findByText('Training training…')).toBeInTheDocument();
  });

  it('pollsTheStatusWhenTheStreamCannotBeFollowedAndShowsAFailure', async () => {
    // given an event stream that always fails and a run that fails after a while
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let polls = 0;
    const fetchFn = stubFetch(
      SEEDS,
      START,
      on('GET', EVENTS, { status: 503, body: { title: 'Service Unavailable', status: 503 } }),
      on('GET', STATUS, () => {
        polls += 1;
        const failed = aTrainingRun({ status: 'FAILED', error: 'no rows left after the holdout' });
        return { status: 200, body: polls >= 2 ? failed : aTrainingRun({ status: 'RUNNING' }) };
      }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" />, fetchFn);

    // when the user trains and the page gives up on the stream
    await screen.findByRole('option', { name: 'new.csv (10 rows)' });
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));
    await vi.advanceTimersByTimeAsync(3_000);

    // then it says so, and the next poll brings the failure and its reason
    expect(await screen.findByText('Updated every 2 s')).toBeInTheDocument();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await screen.findByRole('alert')).toHaveTextContent('Training failed');
    expect(screen.getByRole('alert')).toHaveTextContent('no rows left after the holdout');
  });
});
