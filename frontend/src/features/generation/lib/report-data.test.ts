import { describe, expect, it } from 'vitest';

import { differenceMatrix, distributionRows, divergingColor } from './report-data';

describe('distributionRows', () => {
  it('labelsEachHistogramBinByItsEdgesInPercent', () => {
    // given a numeric column's histogram: three bins between four edges
    const distribution = { binEdges: [0, 10, 20, 30], real: [0.25, 0.5, 0.25], synthetic: [0.2, 0.55, 0.25] };

    // when it is turned into chart rows
    const rows = distributionRows(distribution);

    // then each bin is one row with both shares in percent
    expect(rows.map((row) => row.label)).toEqual(['0–10', '10–20', '20–30']);
    expect(rows.map((row) => row.real)).toEqual([25, 50, 25]);
    expect(rows[1]?.synthetic).toBeCloseTo(55);
  });

  it('keepsCategoriesInTheReportsOrderAndCountsAMissingShareAsZero', () => {
    // given a categorical column whose synthetic shares lack the pooled rest
    const distribution = { categories: ['basic', 'pro', '(other)'], real: [0.6, 0.3, 0.1], synthetic: [0.7, 0.3] };

    // when it is turned into chart rows
    const rows = distributionRows(distribution);

    // then the categories keep their order and the missing share is 0, not NaN
    expect(rows).toEqual([
      { label: 'basic', real: 60, synthetic: 70 },
      { label: 'pro', real: 30, synthetic: 30 },
      { label: '(other)', real: 10, synthetic: 0 },
    ]);
  });
});

describe('differenceMatrix', () => {
  it('subtractsRealFromSyntheticAndLeavesUndefinedCellsBlank', () => {
    // given matrices with an undefined correlation (a constant column)
    const real = [
      [1, 0.5],
      [0.5, null],
    ];
    const synthetic = [
      [1, 0.25],
      [0.25, 1],
    ];

    // when their difference is taken
    const difference = differenceMatrix(real, synthetic);

    // then each cell is synthetic minus real, and blank where either is
    expect(difference).toEqual([
      [0, -0.25],
      [-0.25, null],
    ]);
  });
});

describe('divergingColor', () => {
  it('goesFromBlueThroughWhiteToRed', () => {
    // given the ends and the middle of the scale
    // then −1 is blue, 0 white, +1 red, and values beyond the ends are clamped
    expect(divergingColor(-1)).toBe('rgb(25, 118, 210)');
    expect(divergingColor(0)).toBe('rgb(255, 255, 255)');
    expect(divergingColor(1)).toBe('rgb(198, 40, 40)');
    expect(divergingColor(3)).toBe(divergingColor(1));
    expect(divergingColor(0.5)).toBe('rgb(227, 148, 148)');
  });
});
