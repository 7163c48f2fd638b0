import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { formatTimestamp } from '@/lib/format';
import { on, stubFetch } from '@/testing/fetch-stub';
import { aUsage } from '@/testing/platform-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { UsagePage } from './usage-page';
import { UsageSummary } from './usage-summary';

describe('UsagePage', () => {
  it('drawsBarsForWhatIsUsedUpAndFiguresForCapsAndRates', async () => {
    // given a day's rows partly used, storage at 90 %, a cap on one job and a rate
    const fetchFn = stubFetch(on('GET', '/api/usage', { status: 200, body: aUsage() }));

    // when the page is shown
    renderWithApi(<UsagePage />, fetchFn, { route: '/usage' });

    // then the day's rows are a bar with its numbers, how full it is and when it resets
    const rows = await screen.findByRole('progressbar', { name: 'Rows generated today' });
    expect(rows).toHaveAttribute('aria-valuenow', '24');
    expect(rows).toHaveAttribute('aria-valuetext', '1.2M rows of 5M rows');
    expect(screen.getByText('1.2M rows of 5M rows')).toBeInTheDocument();
    expect(screen.getByText(`24 % used · resets ${formatTimestamp('2026-11-26T00:00:00Z')}`)).toBeInTheDocument();
    // storage near its limit says so in words, not only in colour
    const storage = screen.getByRole('progressbar', { name: 'Stored seeds and generated files' });
    expect(storage).toHaveAttribute('aria-valuenow', '90');
    expect(screen.getByText('921.6 MiB of 1.0 GiB')).toBeInTheDocument();
    expect(screen.getByText('90 % used · Near the limit')).toBeInTheDocument();
    // the per-job cap and the rate are plain figures
    const others = screen.getByRole('region', { name: 'Other limits' });
    expect(within(others).getByText('Rows in one job').nextSibling).toHaveTextContent('1M rows');
    expect(within(others).getByText('API requests per minute of one user or API key').nextSibling).toHaveTextContent(
      '600 requests a minute',
    );
    expect(screen.getAllByRole('progressbar')).toHaveLength(2);
  });

  it('summarisesTheBarsOnTheDashboardWithTheWayToEveryLimit', async () => {
    // given the same usage
    const fetchFn = stubFetch(on('GET', '/api/usage', { status: 200, body: aUsage() }));

    // when the dashboard's summary is shown
    renderWithApi(<UsageSummary />, fetchFn, { route: '/dashboard' });

    // then it has the bars, not the other limits, and links to the usage page
    expect(await screen.findByRole('progressbar', { name: 'Rows generated today' })).toBeInTheDocument();
    expect(screen.queryByText('Rows in one job')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All limits' })).toHaveAttribute('href', '/usage');
  });
});
