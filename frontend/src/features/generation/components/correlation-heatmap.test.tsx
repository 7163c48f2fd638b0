import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderInTheme } from '@/testing/render-in-theme';

import { CorrelationHeatmap } from './correlation-heatmap';

function cellOf(table: HTMLElement, row: string, column: number): HTMLElement {
  const rowHeader = within(table).getByRole('rowheader', { name: row });
  const cells = within(rowHeader.closest('tr') as HTMLElement).getAllByRole('cell');
  return cells[column];
}

describe('CorrelationHeatmap', () => {
  it('coloursEachCellByItsValueAndNamesItsPair', () => {
    // given a matrix of two columns with a strong negative correlation
    const matrix = [
      [1, -0.8],
      [-0.8, 1],
    ];

    // when it is shown
    renderInTheme(<CorrelationHeatmap title="Real correlations" columns={['age', 'income']} matrix={matrix} />);

    // then it is a table by that name, each cell shows its value, names its pair and has its colour
    const table = screen.getByRole('table', { name: 'Real correlations' });
    const diagonal = cellOf(table, 'age', 0);
    const pair = cellOf(table, 'age', 1);
    expect(diagonal).toHaveTextContent('1.00');
    expect(diagonal).toHaveStyle({ background: 'rgb(198, 40, 40)' });
    expect(pair).toHaveTextContent('-0.80');
    expect(pair).toHaveAttribute('title', 'age × income: -0.80');
    expect(pair).toHaveStyle({ background: 'rgb(71, 145, 219)' });
  });

  it('leavesAnUndefinedCorrelationBlank', () => {
    // given a constant column, whose correlations are undefined (null in the report)
    const matrix = [
      [1, null],
      [null, null],
    ];

    // when it is shown
    renderInTheme(<CorrelationHeatmap title="Synthetic correlations" columns={['age', 'flag']} matrix={matrix} />);

    // then its cells have no colour and say so to a screen reader and in their title
    const table = screen.getByRole('table', { name: 'Synthetic correlations' });
    const blank = cellOf(table, 'flag', 1);
    expect(blank).toHaveAttribute('title', 'flag × flag: undefined');
    expect(blank).toHaveTextContent('undefined');
    expect(blank.style.background).toBe('transparent');
    expect(blank).toHaveAttribute('data-value', '');
  });

  it('hidesTheNumbersOfALargeMatrixButKeepsThemForScreenReaders', () => {
    // given twelve columns, too many for a number in every cell
    const columns = Array.from({ length: 12 }, (_, index) => `c${index}`);
    const matrix = columns.map((_, r) => columns.map((__, c) => (r === c ? 1 : 0.1)));

    // when it is shown
    renderInTheme(<CorrelationHeatmap title="Difference" columns={columns} matrix={matrix} />);

    // then a cell's value is still its text and its title
    const cell = cellOf(screen.getByRole('table', { name: 'Difference' }), 'c0', 1);
    expect(cell).toHaveTextContent('0.10');
    expect(cell).toHaveAttribute('title', 'c0 × c1: 0.10');
  });
});
