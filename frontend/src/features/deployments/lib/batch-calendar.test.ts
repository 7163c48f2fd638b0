import { describe, expect, it } from 'vitest';

import { aGenerationJob } from '@/testing/generation-fixtures';
import { aDeployment } from '@/testing/deployment-fixtures';

import { addDays, calendarDays, weekdayOf } from './batch-calendar';

describe('calendarDays', () => {
  it('givesEachProducedDayItsJobsStateAndTheRestScheduled', () => {
    // given three produced batches whose jobs completed, failed and still run
    const jobs = new Map([
      ['job-a', aGenerationJob({ id: 'job-a', status: 'COMPLETED' })],
      ['job-b', aGenerationJob({ id: 'job-b', status: 'CANCELLED' })],
      ['job-c', aGenerationJob({ id: 'job-c', status: 'RUNNING' })],
    ]);

    // when the calendar is laid out
    const days = calendarDays(aDeployment(), jobs);

    // then every day of the deployment is there, in order, with its state and job
    expect(days).toEqual([
      { day: 0, date: '2026-11-30', state: 'done', jobId: 'job-a' },
      { day: 1, date: '2026-12-01', state: 'failed', jobId: 'job-b' },
      { day: 2, date: '2026-12-02', state: 'running', jobId: 'job-c' },
      { day: 3, date: '2026-12-03', state: 'scheduled' },
      { day: 4, date: '2026-12-04', state: 'scheduled' },
    ]);
  });

  it('prefersTheBatchsOwnStatusAndToleratesAnUnknownJob', () => {
    // given a batch that carries its status, and one whose job was not among those read
    const deployment = aDeployment();
    const batches = [{ ...deployment.batches[0], status: 'FAILED' }, deployment.batches[1]] as Parameters<
      typeof calendarDays
    >[0]['batches'];
    const jobs = new Map([['job-a', aGenerationJob({ id: 'job-a', status: 'COMPLETED' })]]);

    // when the calendar is laid out
    const days = calendarDays({ ...deployment, batches }, jobs);

    // then the batch's own status wins, and the unknown one is only known to have started
    expect(days.map((day) => day.state)).toEqual(['failed', 'produced', 'scheduled', 'scheduled', 'scheduled']);
  });
});

describe('dates', () => {
  it('countsDaysInUtcAcrossMonthEnds', () => {
    // given the last day of November
    // then the next day is in December, and it is a Tuesday (Monday is 0)
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayOf('2026-12-01')).toBe(1);
  });
});
