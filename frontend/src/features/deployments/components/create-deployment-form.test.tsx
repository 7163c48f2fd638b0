import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';

import { aDeployment } from '@/testing/deployment-fixtures';
import { on, stubFetch } from '@/testing/fetch-stub';
import { renderWithApi } from '@/testing/render-with-api';

import { CreateDeploymentForm } from './create-deployment-form';

const schemas = {
  content: [
    {
      id: 'schema-1',
      name: 'Patients',
      version: 2,
      createdAt: '',
      updatedAt: '',
      targetVolume: { recordsPerDay: 5_000, days: 14 },
    },
    {
      id: 'schema-2',
      name: 'Orders',
      version: 1,
      createdAt: '',
      updatedAt: '',
      targetVolume: { recordsPerDay: 700, days: 7 },
    },
  ],
  page: { number: 0, size: 100, totalElements: 2, totalPages: 1 },
};

describe('CreateDeploymentForm', () => {
  it('startsFromTheSchemasTargetVolumeAndOpensTheNewDeployment', async () => {
    // given the form opened from the Orders schema
    let sent: unknown;
    const fetchFn = stubFetch(
      on('GET', '/api/schemas', { status: 200, body: schemas }),
      on('POST', '/api/schemas/schema-2/deployments', (request) => {
        sent = request.clone().json();
        return { status: 201, body: aDeployment({ id: 'deployment-7' }) };
      }),
    );
    renderWithApi(<CreateDeploymentForm initialSchemaId="schema-2" />, fetchFn, { route: '/deployments' });

    // when it has loaded, the user changes the days and sets a start date and a seed, and creates it
    const days = await screen.findByLabelText('Days');
    expect(screen.getByLabelText('Records per day')).toHaveValue('700');
    expect(days).toHaveValue('7');
    await userEvent.clear(days);
    await userEvent.type(days, '10');
    const start = screen.getByLabelText('Start date');
    await userEvent.clear(start);
    await userEvent.type(start, '2027-01-04');
    await userEvent.type(screen.getByLabelText('Seed (optional)'), '9223372036854775807');
    expect(screen.getByText('7,000 rows in all, one batch a day.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Create deployment' }));

    // then the request carries the plan with the seed as digits, and the new deployment's page opens
    expect(await screen.findByText('Navigated away')).toBeInTheDocument();
    expect(await sent).toEqual({
      recordsPerDay: 700,
      days: 10,
      startDate: '2027-01-04',
      format: 'csv',
      gzip: true,
      seed: '9223372036854775807',
    });
  });
});
