import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';
import { aSeedProfile } from '@/testing/seed-fixtures';

import { SeedDetailPage } from './seed-detail-page';

const PROFILE = on('GET', '/api/seeds/seed-1/profile', { status: 200, body: aSeedProfile() });

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
    showSeed(stubFetch(PROFILE));

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
    showSeed(stubFetch(PROFILE));

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
});
