import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { aMetricsReport } from '@/testing/generation-fixtures';
import { renderInTheme } from '@/testing/render-in-theme';

import { QualityReportView } from './quality-report';

describe('QualityReportView', () => {
  it('showsTheWorstKeptColumnFirstAndAnotherOnRequestWithItsNumbers', async () => {
    // given a report of a numeric column kept at 96 % and a categorical one at 90 %
    renderInTheme(<QualityReportView report={aMetricsReport()} />);

    // when the user opens the numbers of the first chart shown
    await userEvent.click(screen.getByRole('button', { name: 'Show the numbers' }));

    // then the chart is the worst kept column's, as categories with real and synthetic shares
    expect(screen.getByRole('img', { name: /^Distribution of plan, real and synthetic/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /^Distribution of plan/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['basic60 %55 %', 'pro40 %45 %']);

    // and when the numeric column is picked, its histogram is shown by range
    await userEvent.selectOptions(screen.getByLabelText('Column'), 'age (96 %)');
    expect(
      screen.getByRole('img', { name: /^Distribution of age, real and synthetic, share of rows per range/ }),
    ).toBeInTheDocument();
  });

  it('explainsEfficacyAndPrivacyInPlainWords', () => {
    // given a report with a holdout and a target
    renderInTheme(<QualityReportView report={aMetricsReport()} />);

    // then train-on-synthetic is compared with train-on-real, and each privacy figure says what it found
    const efficacy = screen.getByRole('table', { name: 'Train on synthetic, test on real, against train on real' });
    expect(within(efficacy).getByRole('row', { name: /ROC AUC/ })).toHaveTextContent('ROC AUC0.8000.75594.4 %');
    expect(screen.getByText(/keeps 85 % of the real model’s skill above chance/)).toBeInTheDocument();
    expect(screen.getByText('0 of 20,000 synthetic rows equal a real row in every column')).toBeInTheDocument();
    expect(screen.getByText(/51 % of synthetic rows lean towards the rows the model learnt from/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Notes on the report' })).toHaveTextContent('2000 sampled synthetic rows');
  });

  it('showsOnlyTheNoteAndTimingForDataMadeFromTheSchemaAlone', () => {
    // given the answer for a job without a trained model: a note and the timing, no report
    const report = {
      note: 'generated from the schema alone: there is no real data to score it against',
      generation: aMetricsReport().generation,
      generationTime: 10,
    };

    // when it is shown
    renderInTheme(<QualityReportView report={report} />);

    // then there are no charts, only the note and how long it took
    expect(screen.queryByRole('heading', { name: 'Score breakdown' })).not.toBeInTheDocument();
    expect(screen.getByText(/generated from the schema alone/)).toBeInTheDocument();
    expect(screen.getByText('10 s')).toBeInTheDocument();
  });
});
