import { describe, expect, it } from 'vitest';

import { ApiError } from '@/lib/api-error';

import { designerErrorsOf, errorCount } from './designer-errors';
import { emptyField } from './schema-draft';

describe('designerErrorsOf', () => {
  it('placesEachErrorAtItsInputByTheFieldsKey', () => {
    // given two fields sent and a 400 naming inputs of both, the schema and nothing in particular
    const fields = [
      { ...emptyField(), name: 'id' },
      { ...emptyField(), name: 'age' },
    ];
    const error = new ApiError({
      title: 'Invalid schema',
      status: 400,
      errors: [
        { path: 'name', message: 'must not be blank' },
        { path: 'fields[1].constraints.min', message: 'must be a number' },
        { path: 'fields[1].constraints.min', message: 'is greater than max' },
        { path: 'fields[0].constraints', message: 'min/max apply to numbers' },
        { path: 'fields', message: 'at most 1000 fields' },
      ],
    });

    // when the errors are placed
    const placed = designerErrorsOf(error, fields);

    // then inputs get their messages, and the rest is named readably
    expect(placed.schema).toEqual({ name: 'must not be blank' });
    expect(placed.fields[fields[1].key]).toEqual({ 'constraints.min': 'must be a number; is greater than max' });
    expect(placed.other).toEqual([
      { place: 'Field 1 (id), constraints', message: 'min/max apply to numbers' },
      { place: 'Fields', message: 'at most 1000 fields' },
    ]);
    expect(errorCount(placed)).toBe(4);
  });

  it('placesNothingForAnErrorWithoutFieldErrors', () => {
    // given a failure that is no validation problem
    const placed = designerErrorsOf(new Error('offline'), [emptyField()]);

    // then no input is marked
    expect(errorCount(placed)).toBe(0);
  });
});
