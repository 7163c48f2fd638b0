import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-error';
import { formatTimestamp } from '@/lib/format';
import { renderInTheme } from '@/testing/render-in-theme';

import { ProblemAlert } from './problem-alert';

describe('ProblemAlert', () => {
  it('listsEveryFieldErrorWithItsPath', () => {
    // given a validation problem with two field errors
    const error = new ApiError({
      title: 'Invalid schema',
      status: 400,
      detail: 'The schema has 2 invalid values.',
      errors: [
        { path: 'fields[0].name', message: 'must not be blank' },
        { path: 'targetVolume.days', message: 'must be greater than 0' },
      ],
    });

    // when it is rendered
    renderInTheme(<ProblemAlert error={error} />);

    // then title, detail and each field error are readable
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Invalid schema');
    expect(alert).toHaveTextContent('The schema has 2 invalid values.');
    const items = within(screen.getByRole('list', { name: 'Field errors' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'fields[0].name: must not be blank',
      'targetVolume.days: must be greater than 0',
    ]);
  });

  it('showsNoFieldListWhenTheProblemHasNone', () => {
    // given a problem without field errors
    const error = new ApiError({ title: 'Schema not found', status: 404 });

    // when it is rendered
    renderInTheme(<ProblemAlert error={error} />);

    // then only the title shows
    expect(screen.getByRole('alert')).toHaveTextContent('Schema not found');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('describesAnErrorThatIsNoProblem', () => {
    // given a plain error thrown by code, not by the API
    renderInTheme(<ProblemAlert error={new Error('boom')} />);

    // then it is still shown with a generic title and its message
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('boom');
  });

  it('namesTheLimitItsUsageAndWhenItResets', async () => {
    // given the answer to a job over the tenant's rows a day
    const response = new Response(
      JSON.stringify({
        type: 'urn:synthesis:problem:quota-exceeded',
        title: 'Quota exceeded',
        status: 429,
        detail: 'This job would pass your limit of rows generated a day.',
        limit: 'rowsPerDay',
        value: 1_000_000,
        usage: 950_000,
        requested: 100_000,
        resetsAt: '2026-11-26T00:00:00Z',
      }),
      { status: 429, headers: { 'Content-Type': 'application/problem+json' } },
    );

    // when it is rendered
    renderInTheme(<ProblemAlert error={await ApiError.fromResponse(response)} />);

    // then the limit, what is used, what was asked and the reset time in the reader's locale are there,
    // with the way to the usage page
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This job would pass your limit of rows generated a day.');
    expect(within(alert).getByText('Limit').nextSibling).toHaveTextContent('Rows generated a day: 1M rows');
    expect(within(alert).getByText('Used so far').nextSibling).toHaveTextContent('950K rows');
    expect(within(alert).getByText('This request').nextSibling).toHaveTextContent('100K rows');
    expect(within(alert).getByText('Resets').nextSibling).toHaveTextContent(formatTimestamp('2026-11-26T00:00:00Z'));
    expect(within(alert).getByRole('link', { name: 'See your usage and limits' })).toHaveAttribute('href', '/usage');
  });

  it('leavesOutWhatTheRequestAskedForWhenItAskedForNone', async () => {
    // given an upload refused because storage is already full (the server sends requested 0, usage null elsewhere)
    const response = new Response(
      JSON.stringify({
        type: 'urn:synthesis:problem:quota-exceeded',
        title: 'Quota exceeded',
        limit: 'storageBytes',
        value: 1024 ** 3,
        usage: 1024 ** 3,
        requested: 0,
        resetsAt: null,
      }),
      { status: 429, headers: { 'Content-Type': 'application/problem+json' } },
    );

    // when it is rendered
    renderInTheme(<ProblemAlert error={await ApiError.fromResponse(response)} />);

    // then the limit and its use show, no request amount, and no reset
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('Limit').nextSibling).toHaveTextContent('Stored seeds and generated files: 1.0 GiB');
    expect(within(alert).queryByText('This request')).not.toBeInTheDocument();
    expect(within(alert).getByText('Resets').nextSibling).toHaveTextContent('Does not reset by itself');
  });

  it('saysWhenToTryAgainAfterARateLimit', async () => {
    // given a 429 without a quota, with Retry-After
    const response = new Response(
      JSON.stringify({ type: 'urn:synthesis:problem:rate-limited', title: 'Too many requests', status: 429 }),
      { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '42' } },
    );

    // when it is rendered
    renderInTheme(<ProblemAlert error={await ApiError.fromResponse(response)} />);

    // then it says how long to wait, and names no limit
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Try again in 42 s.');
    expect(within(alert).queryByText('Limit')).not.toBeInTheDocument();
  });
});
