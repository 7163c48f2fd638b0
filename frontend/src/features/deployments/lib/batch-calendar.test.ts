import { describe, expect, it } from 'vitest';

import { aDeployment } from '@/testing/deployment-fixtures';

import { addDays, calendarDays, hasUnfinishedBatch, weekdayOf } from './batch-calendar';

describe('calendarDays', () => {
  it('givesEachProducedDayItsBatchsStateAndTheRestScheduled', () => {
    // given three produced batches that completed, were cancelled and still run, of five days
    const deployment = aDeployment();

    // when the calendar is laid out
    const days = calendarDays(deployment);

    // then every day of the deployment is there, in order, with its state and job
    expect(days).toEqual([
      { day: 0, date: '2026-11-30', state: 'done', jobId: 'job-a' },
      { day: 1, date: '2026-12-01', state: 'failed', jobId: 'job-b' },
      { day: 2, date: '2026-12-02', state: 'running', jobId: 'job-c' },
      { day: 3, date: '2026-12-03', state: 'scheduled' },
      { day: 4, date: '2026-12-04', state: 'scheduled' },
    ]);
    expect(hasUnfinishedBatch(deployment)).toBe(true);
  });

  it('countsAQueuedBatchAsRunningAndAFailedOneAsFailed', () => {
    // given a queued and a failed batch
    const deployment = aDeployment({
      days: 2,
      batches: [
        { day: 0, date: '2026-11-30', generationJobId: 'job-a', status: 'FAILED' },
        { day: 1, date: '2026-12-01', generationJobId: 'job-b', status: 'QUEUED' },
      ],
    });

    // when the calendar is laid out
    const states = calendarDays(deployment).map((day) => day.state);

    // then they read as failed and running
    expect(states).toEqual(['failed', 'running']);
  });

  it('knowsADeploymentWhoseBatchesAllEndedIsIdle', () => {
    // given batches that all ended
    const deployment = aDeployment({
      batches: [{ day: 0, date: '2026-11-30', generationJobId: 'job-a', status: 'COMPLETED' }],
    });

    // then nothing is being produced
    expect(hasUnfinishedBatch(deployment)).toBe(false);
  });
});

describe('dates', () => {
  it('countsDaysInUtcAcrossMonthEnds', () => {
    // given the last day of November and of December
    // then the next days are in the next month, and 2026-12-01 is a Tuesday (Monday is 0)
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(weekdayOf('2026-12-01')).toBe(1);
  });
});
