import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSeedProfile } from '@/testing/seed-fixtures';

import { SeedDetailPage } from './seed-detail-page';

const PROFILE = on('GET', '/api/seeds/seed-1/profile', { status: 200, body: aSeedProfile() });
const NO_SPEND = {
  seedId: 'seed-1',
  epsilon: 10,
  delta: 1e-5,
  ownEpsilon: null,
  ownDelta: null,
  spentEpsilon: 0,
  spentDelta: 0,
  remainingEpsilon: 10,
  remainingDelta: 1e-5,
  entries: [],
};
const BUDGET = on('GET', '/api/seeds/seed-1/privacy-budget', { status: 200, body: NO_SPEND });

function showSeed(fetchFn: typeof fetch) {
  renderWithApi(<SeedDetailPage />, fetchFn, { route: '/seeds/seed-1', path: '/seeds/:seedId' });
}

function factsOf(card: HTMLElement): Record<string, string | null> {
  const terms = within(card).getAllByRole('term');
  return Object.fromEntries(terms.map((term) => [term.textContent, term.nextElementSibling?.textContent ?? null]));
}

describe('SeedDetailPage', () => {
  it('summarisesEachColumnWithItsTypeRepresentationMissingShareAndValues', async () => {
    // given a profiled seed, when its page is shown
    showSeed(stubFetch(PROFILE, BUDGET));

    // then the header names the file with its facts, and offers to create a schema at the top
    expect(await screen.findByRole('heading', { level: 1, name: 'customers.csv' })).toBeInTheDocument();
    expect(screen.getByText(/^CSV · 2 rows · 2 columns · 2.0 KiB · uploaded/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create schema' })).toHaveAttribute('href', '/seeds/seed-1/schema');
    expect(screen.getByRole('link', { name: 'Validate against a schema' })).toHaveAttribute(
      'href',
      '/seeds/seed-1/validation',
    );

    // and each column has a card with what was detected and how it is written
    const age = screen.getByRole('article', { name: 'age' });
    const badge = { selector: '.mantine-Badge-label' };
    expect(within(age).getByText('integer', badge)).toBeInTheDocument();
    expect(factsOf(age)).toMatchObject({ 'Distinct values': '2', Range: '37 – 42', 'Mean ± sd': '39.5 ± 2.5' });
    expect(within(age).getByText('0 % (0 of 2)')).toBeInTheDocument();
    const email = screen.getByRole('article', { name: 'email' });
    expect(within(email).getByText('string', badge)).toBeInTheDocument();
    expect(within(email).getByText('email', badge)).toBeInTheDocument();
    expect(factsOf(email)).toMatchObject({ 'Written as': 'missing as NA', Length: '15' });
    expect(within(email).getByText('50 % (1 of 2)')).toBeInTheDocument();

    // and its values: the integers in value order, the personal column not at all
    expect(within(age).getByRole('img')).toHaveAccessibleName(
      'Most frequent values of age, in value order: 37: 1, 42: 1',
    );
    expect(within(email).getByText('Values of personal data are not summarised.')).toBeInTheDocument();
  });

  it('showsTheFirstRowsInTheirOwnScrollingTable', async () => {
    // given a profiled seed, when its page is shown
    showSeed(stubFetch(PROFILE, BUDGET));

    // then the rows as read show, a missing value as an empty cell
    const preview = await screen.findByRole('table', { name: 'Seed preview' });
    const rows = within(preview)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['1', '42', 'ann@example.com'],
      ['2', '37', ''],
    ]);
  });

  it('showsTheNotFoundPageForAnotherTenantsSeed', async () => {
    // given a seed id the API does not know for this tenant
    const notFound = { title: 'Not Found', status: 404, detail: 'No seed seed-1' };
    showSeed(
      stubFetch(
        on('GET', '/api/seeds/seed-1/profile', {
          status: 404,
          body: notFound,
          contentType: 'application/problem+json',
        }),
      ),
    );

    // then the one not-found page shows, and nothing of a seed page
    expect(await screen.findByRole('heading', { name: 'This seed was not found' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Create schema' })).not.toBeInTheDocument();
  });

  it('listsWhatDifferentiallyPrivateTrainingsSpentOfTheSeedsBudget', async () => {
    // given a seed one DP training spent ε = 1 of, and one whose charge was given back
    const entry = {
      id: 'entry-1',
      trainingRunId: 'run-12345678-aaaa',
      epsilon: 1,
      delta: 1e-6,
      mechanism: 'discrete gaussian × 12',
      spentBy: 'alice',
      spentByKind: 'user' as const,
      spentAt: '2026-12-01T10:00:00Z',
      seedReadAt: '2026-12-01T10:00:01Z',
      givenBackAt: null,
    };
    const givenBack = {
      ...entry,
      id: 'entry-2',
      mechanism: null,
      seedReadAt: null,
      givenBackAt: '2026-12-01T09:00:00Z',
    };
    const budget = { ...NO_SPEND, spentEpsilon: 1, spentDelta: 1e-6, remainingEpsilon: 9, remainingDelta: 9e-6 };
    const ledger = on('GET', '/api/seeds/seed-1/privacy-budget', {
      status: 200,
      body: { ...budget, entries: [entry, givenBack] },
    });

    // when its page is shown
    showSeed(stubFetch(PROFILE, ledger));

    // then the budget says what is spent and left, and the ledger lists each entry
    const section = await screen.findByRole('region', { name: 'Privacy budget' });
    expect(
      await within(section).findByText(/Spent ε = 1 of 10 and δ = 0.000001 of 0.00001; ε = 9/),
    ).toBeInTheDocument();
    const rows = within(within(section).getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('alice');
    expect(rows[1]).toHaveTextContent('discrete gaussian × 12');
    expect(rows[1]).toHaveTextContent('Spent');
    expect(rows[2]).toHaveTextContent('the training failed before it read the seed');
  });
});
