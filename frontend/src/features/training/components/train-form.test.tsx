import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';

import { eventStream, on, requestUrl, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSchema } from '@/testing/schema-fixtures';
import { aSeed, aSeedPage, aSeedProfile } from '@/testing/seed-fixtures';
import { aTrainingRun } from '@/testing/training-fixtures';

import { TrainForm } from './train-form';

const NEW_SEED = aSeed({ id: 'seed-new', fileName: 'new.csv', rowCount: 10, columnCount: 2 });
const OLD_SEED = aSeed({ id: 'seed-old', fileName: 'old.csv', rowCount: 2_000, columnCount: 2 });
const WIDE_SEED = aSeed({ id: 'seed-wide', fileName: 'wide.csv', rowCount: 50, columnCount: 7 });

const SEEDS = on('GET', '/api/seeds', { status: 200, body: aSeedPage([NEW_SEED, OLD_SEED, WIDE_SEED]) });
/** The fixture schema has the fields patient_id and age. */
const SCHEMA = on('GET', '/api/schemas/schema-1', { status: 200, body: aSchema({ id: 'schema-1' }) });
const START = on('POST', '/api/train', { status: 202, body: aTrainingRun() });
const EVENTS = '/api/jobs/run-1/events';
const STATUS = '/api/train/run-1/status';
const completedRun = aTrainingRun({ status: 'COMPLETED', trainingRows: 1_800, holdoutRows: 200 });

/** A seed's profile whose columns are the given names. */
function columnsOf(seedId: string, columns: string[]) {
  return on('GET', `/api/seeds/${seedId}/profile`, { status: 200, body: { ...aSeedProfile(), columns } });
}

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
      SCHEMA,
      START,
      on('GET', EVENTS, eventStream(aTrainingEvent('training'), aTrainingEvent('completed', 1_800))),
      on('GET', STATUS, () => {
        statusReads += 1;
        return { status: 200, body: statusReads === 1 ? aTrainingRun({ status: 'RUNNING' }) : completedRun };
      }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" initialSeedId="seed-old" />, fetchFn);

    // when the user picks high quality and high privacy and trains
    expect(await screen.findByRole('option', { name: 'old.csv (2,000 rows)' })).toBeInTheDocument();
    expect(screen.getByLabelText(/^Seed/)).toHaveValue('seed-old');
    expect(screen.getByText('The seed you came from.')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Quality'), 'high');
    await userEvent.selectOptions(screen.getByLabelText('Privacy'), 'high');
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));

    // then the request names schema, seed and presets, and the run's end is shown from its status,
    // read again after the stream ended until it said so
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await screen.findByText(/200 held out/)).toHaveTextContent('Training completed: learned from 1,800 rows');
    const post = fetchFn.mock.calls.find(([input]) => input instanceof Request && input.method === 'POST');
    expect(await (post?.[0] as Request).json()).toEqual({
      schemaId: 'schema-1',
      seedId: 'seed-old',
      quality: 'high',
      privacy: 'high',
    });
  });

  it('showsWhatTheSeedHasLeftAndStopsARunItsPrivacyBudgetCannotPayFor', async () => {
    // given a schema asking for DP at ε = 2 and a seed with ε = 1.5 left
    const schema = aSchema({
      id: 'schema-1',
      privacySettings: { differentialPrivacy: true, epsilon: 2, syntheticRatio: 100 },
    });
    const budget = {
      seedId: 'seed-old',
      epsilon: 10,
      delta: 1e-5,
      ownEpsilon: null,
      ownDelta: null,
      spentEpsilon: 8.5,
      spentDelta: 2e-6,
      remainingEpsilon: 1.5,
      remainingDelta: 8e-6,
      entries: [],
    };
    const fetchFn = stubFetch(
      SEEDS,
      on('GET', '/api/schemas/schema-1', { status: 200, body: schema }),
      on('GET', '/api/seeds/seed-old/privacy-budget', { status: 200, body: budget }),
      START,
      on('GET', EVENTS, { ...eventStream(aTrainingEvent('training')), keepOpen: true }),
      on('GET', STATUS, { status: 200, body: aTrainingRun({ status: 'QUEUED' }) }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" initialSeedId="seed-old" />, fetchFn);

    // then DP is on and cannot be turned off, the budget left is shown, and the run is stopped before asking
    expect(await screen.findByText(/This seed has ε = 1.5 of 10/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Differential privacy/ })).toBeDisabled();
    expect(screen.getByRole('alert')).toHaveTextContent('would be refused');
    expect(screen.getByRole('button', { name: 'Train' })).toBeDisabled();

    // when the user lowers ε to 1 and trains
    await userEvent.clear(screen.getByLabelText(/Epsilon/));
    await userEvent.type(screen.getByLabelText(/Epsilon/), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));

    // then the request carries the run's ε
    await screen.findByText('Training training…');
    const post = fetchFn.mock.calls.find(([input]) => input instanceof Request && input.method === 'POST');
    expect(await (post?.[0] as Request).json()).toMatchObject({ seedId: 'seed-old', epsilon: 1 });
  });

  it('defaultsToTheOnlySeedWhoseColumnsAreTheSchemasFields', async () => {
    // given three seeds: two with as many columns as the schema has fields, one of them with its fields
    const fetchFn = stubFetch(
      SEEDS,
      SCHEMA,
      columnsOf('seed-new', ['name', 'city']),
      columnsOf('seed-old', ['age', 'patient_id']),
    );

    // when the form is shown without a seed in the address
    renderWithApi(<TrainForm schemaId="schema-1" />, fetchFn);

    // then the matching seed is chosen and the form says why; the wide seed's profile is never read
    expect(await screen.findByText("The only seed whose columns are this schema's fields.")).toBeInTheDocument();
    expect(screen.getByLabelText(/^Seed/)).toHaveValue('seed-old');
    const profilesRead = fetchFn.mock.calls
      .map(([input]) => requestUrl(input))
      .filter((url) => url.endsWith('/profile'));
    expect(profilesRead).not.toContain('/api/seeds/seed-wide/profile');
    expect(profilesRead).toHaveLength(2);
  });

  it('leavesTheChoiceToTheUserWhenNoSeedFitsTheSchema', async () => {
    // given seeds none of which has the schema's columns
    const fetchFn = stubFetch(
      SEEDS,
      SCHEMA,
      columnsOf('seed-new', ['name', 'city']),
      columnsOf('seed-old', ['age', 'income']),
    );

    // when the form is shown
    renderWithApi(<TrainForm schemaId="schema-1" />, fetchFn);

    // then no seed is chosen for the user, and training waits for a choice
    expect(await screen.findByText(/No seed has exactly this schema's columns/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Seed/)).toHaveValue('');
    expect(screen.getByRole('button', { name: 'Train' })).toBeDisabled();

    // when the user picks one, then it can be trained on
    await userEvent.selectOptions(screen.getByLabelText(/^Seed/), 'seed-new');
    expect(screen.getByRole('button', { name: 'Train' })).toBeEnabled();
  });

  it('prefersTheSeedTheSchemaWasMadeFromOverTheAddress', async () => {
    // given a schema made from the newest seed, reached from a link naming another
    const schema = { ...aSchema({ id: 'schema-1' }), sourceSeedId: 'seed-new' };
    const fetchFn = stubFetch(SEEDS, on('GET', '/api/schemas/schema-1', { status: 200, body: schema }));

    // when the form is shown
    renderWithApi(<TrainForm schemaId="schema-1" initialSeedId="seed-old" />, fetchFn);

    // then the schema's own seed is chosen
    expect(await screen.findByText('The seed this schema was made from.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Seed/)).toHaveValue('seed-new');
  });

  it('showsThePhaseLiveFromTheEventStream', async () => {
    // given a run whose stream says it is training and stays open
    const fetchFn = stubFetch(
      SEEDS,
      SCHEMA,
      START,
      on('GET', EVENTS, { ...eventStream(aTrainingEvent('training')), keepOpen: true }),
      on('GET', STATUS, { status: 200, body: aTrainingRun({ status: 'QUEUED' }) }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" initialSeedId="seed-new" />, fetchFn);

    // when the user trains
    await screen.findByRole('option', { name: 'new.csv (10 rows)' });
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));

    // then the stream's phase shows, not the older status
    expect(await screen.findByText('Training training…')).toBeInTheDocument();
  });

  it('saysCompletedOnlyOnceTheRunsStatusSaysSo', async () => {
    // given a run whose stream has ended with "completed" but whose status still says running
    const fetchFn = stubFetch(
      SEEDS,
      SCHEMA,
      START,
      on('GET', EVENTS, eventStream(aTrainingEvent('completed', 1_800))),
      on('GET', STATUS, { status: 200, body: aTrainingRun({ status: 'RUNNING' }) }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" initialSeedId="seed-new" />, fetchFn);

    // when the user trains
    await screen.findByRole('option', { name: 'new.csv (10 rows)' });
    await userEvent.click(screen.getByRole('button', { name: 'Train' }));

    // then the form waits for the status instead of claiming the end
    expect(await screen.findByText('Saving the trained models…')).toBeInTheDocument();
    expect(screen.queryByText(/Training completed/)).not.toBeInTheDocument();
  });

  it('pollsTheStatusWhenTheStreamCannotBeFollowedAndShowsAFailure', async () => {
    // given an event stream that always fails and a run that fails after a while
    vi.useFakeTimers({ shouldAdvanceTime: true });
    let polls = 0;
    const fetchFn = stubFetch(
      SEEDS,
      SCHEMA,
      START,
      on('GET', EVENTS, { status: 503, body: { title: 'Service Unavailable', status: 503 } }),
      on('GET', STATUS, () => {
        polls += 1;
        const failed = aTrainingRun({ status: 'FAILED', error: 'no rows left after the holdout' });
        return { status: 200, body: polls >= 2 ? failed : aTrainingRun({ status: 'RUNNING' }) };
      }),
    );
    renderWithApi(<TrainForm schemaId="schema-1" initialSeedId="seed-new" />, fetchFn);

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
