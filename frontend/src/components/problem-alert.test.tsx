import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-error';
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
});
