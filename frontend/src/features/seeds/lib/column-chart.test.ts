import { describe, expect, it } from 'vitest';

import { aFieldProfile } from '@/testing/seed-fixtures';

import { columnChartOf } from './column-chart';

describe('columnChartOf', () => {
  it('barsAStringColumnsTopValuesByFrequencyAndCountsTheRest', () => {
    // given a string column of 10 rows, 2 missing, whose two commonest values cover 6
    const field = aFieldProfile({
      count: 10,
      nullCount: 2,
      topValues: [
        { value: 'Berlin', count: 4 },
        { value: 'Paris', count: 2 },
      ],
    });

    // when its chart is drawn, then it has the profile's bars as they come and 2 rows elsewhere
    expect(columnChartOf(field)).toEqual({
      kind: 'categories',
      bars: [
        { name: 'Berlin', value: 4 },
        { name: 'Paris', value: 2 },
      ],
      otherRows: 2,
    });
  });

  it('ordersANumbersValuesByValueNotAsText', () => {
    // given an integer column whose commonest values are 10, 9 and 100
    const field = aFieldProfile({
      type: 'integer',
      count: 6,
      topValues: [
        { value: '10', count: 3 },
        { value: '9', count: 2 },
        { value: '100', count: 1 },
      ],
    });

    // when its chart is drawn, then its bars go 9, 10, 100
    const chart = columnChartOf(field);
    expect(chart.kind).toBe('values');
    expect(chart.kind === 'values' && chart.bars.map((bar) => bar.name)).toEqual(['9', '10', '100']);
  });

  it('drawsNoChartWhenANumbersCommonestValuesHoldFewOfItsRows', () => {
    // given an integer column of 1,000 rows whose ten commonest values are seen twice each
    const topValues = Array.from({ length: 10 }, (_, index) => ({ value: String(40_000 + index), count: 2 }));
    const field = aFieldProfile({ type: 'integer', count: 1_000, distinctCount: 988, topValues });

    // when its chart is drawn, then there is none, and the reason says why
    expect(columnChartOf(field)).toEqual({
      kind: 'none',
      reason: 'Its 10 most frequent values hold only 2 % of the rows, too few to show its shape.',
    });
  });

  it('drawsNoInventedHistogramWhenTheProfileKeptNoFrequencies', () => {
    // given a numeric column whose values are nearly all distinct
    const field = aFieldProfile({ type: 'number', distinctCount: 5_000, topValues: [] });

    // when its chart is drawn, then there is none, and it says why
    expect(columnChartOf(field)).toEqual({
      kind: 'none',
      reason: 'Nearly every value is distinct; the profile keeps no frequencies for it.',
    });
  });
});
