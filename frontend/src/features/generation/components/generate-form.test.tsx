import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { on, stubFetch } from '@/testing/fetch-stub';
import { aGenerationJob } from '@/testing/generation-fixtures';
import { renderWithApi } from '@/testing/render-with-api';

import { GenerateForm } from './generate-form';

describe('GenerateForm', () => {
  it('sendsTheSeedAsAStringWithEveryDigitAndOpensTheNewJob', async () => {
    // given a schema's generate form
    let sent: unknown;
    const fetchFn = stubFetch(
      on('POST', '/api/generate', (request) => {
        sent = request.clone().json();
        return { status: 202, body: aGenerationJob({ id: 'job-9', status: 'QUEUED' }) };
      }),
    );
    renderWithApi(<GenerateForm schemaId="schema-1" />, fetchFn, { route: '/schemas/schema-1' });

    // when the user asks for 20,000 rows with a seed beyond JavaScript's exact integers
    const rows = screen.getByLabelText('Rows');
    await userEvent.clear(rows);
    await userEvent.type(rows, '20000');
    await userEvent.type(screen.getByLabelText('Random seed (optional)'), '8072165390114558381');
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));

    // then the seed went as the digits typed, and the page moved to the new job
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(await sent).toEqual({
      schemaId: 'schema-1',
      rows: 20_000,
      format: 'csv',
      gzip: true,
      sink: 'file',
      seed: '8072165390114558381',
    });
  });

  it('offersParquetWithoutGzipAndSendsItUncompressed', async () => {
    // given a schema's generate form
    let sent: unknown;
    const fetchFn = stubFetch(
      on('POST', '/api/generate', (request) => {
        sent = request.clone().json();
        return { status: 202, body: aGenerationJob({ id: 'job-10', status: 'QUEUED' }) };
      }),
    );
    renderWithApi(<GenerateForm schemaId="schema-1" />, fetchFn, { route: '/schemas/schema-1' });

    // when the user picks Parquet
    await userEvent.selectOptions(screen.getByLabelText('Format'), 'parquet');

    // then gzip is off and says why, and the request asks for none
    const gzip = screen.getByRole('switch', { name: /Compress with gzip/ });
    expect(gzip).toBeDisabled();
    expect(gzip).not.toBeChecked();
    expect(screen.getByText('Parquet is compressed inside')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(await sent).toMatchObject({ format: 'parquet', gzip: false });
  });

  it('refusesASeedThatIsNoWholeNumber', async () => {
    // given the form, and a server that must not be asked
    const fetchFn = stubFetch();
    renderWithApi(<GenerateForm schemaId="schema-1" />, fetchFn);

    // when the seed is not a whole number
    await userEvent.type(screen.getByLabelText('Random seed (optional)'), '12.5');
    await userEvent.click(screen.getByRole('button', { name: 'Generate' }));

    // then the input says why, and nothing was sent
    expect(screen.getByText('A seed is a whole number')).toBeInTheDocument();
    expect(fetchFn).not.toHaveBeenCalled();
  });
});
