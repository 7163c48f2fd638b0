import { describe, expect, it } from 'vitest';

import { describeConstraints, describeWriting } from './field-summary';

describe('field summary', () => {
  it('listsEveryConstraintInOneLine', () => {
    // given a field with flags, a range, lengths, a pattern, allowed values and a link
    const field = {
      name: 'code',
      type: 'string' as const,
      constraints: { required: true, unique: true, minLength: 2, pattern: '[A-Z]+', enum: ['AB', 'CD'] },
      relationships: { foreignKey: 'codes.id' },
    };

    // then each shows, in the designer's order
    expect(describeConstraints(field)).toBe(
      'required, unique, length at least 2, matches [A-Z]+, one of AB, CD, refers to codes.id',
    );
  });

  it('describesBoundsAndTheWayValuesAreWritten', () => {
    // given a date field with a range and a format, then both read plainly
    const field = {
      type: 'date' as const,
      constraints: { required: false, unique: false, min: '2020-01-01', max: '2024-12-31' },
      representation: { missing: 'NA' },
      format: 'dd/MM/yyyy',
    };
    expect(describeConstraints(field)).toBe('2020-01-01 to 2024-12-31');
    expect(describeWriting(field)).toBe('missing as NA, format dd/MM/yyyy');
  });
});
