import { Anchor, Box, Group, Text } from '@mantine/core';
import { Link } from 'react-router';

import { STATE_LABELS, weekdayOf, type BatchState, type CalendarDay } from '../lib/batch-calendar';

const STATE_COLORS: Record<BatchState, { background: string; border: string }> = {
  done: { background: 'var(--mantine-color-teal-1)', border: 'var(--mantine-color-teal-6)' },
  running: { background: 'var(--mantine-color-blue-1)', border: 'var(--mantine-color-blue-6)' },
  failed: { background: 'var(--mantine-color-red-1)', border: 'var(--mantine-color-red-6)' },
  scheduled: { background: 'transparent', border: 'var(--mantine-color-gray-4)' },
};

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

const dayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

function formatDay(isoDate: string): string {
  return dayFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

function DayCell({ day }: { day: CalendarDay }) {
  const colors = STATE_COLORS[day.state];
  const text = `${formatDay(day.date)}, day ${day.day + 1}: ${STATE_LABELS[day.state]}`;
  return (
    <Box
      component="li"
      data-state={day.state}
      p={6}
      style={{
        listStyle: 'none',
        background: colors.background,
        border: `1px ${day.state === 'scheduled' ? 'dashed' : 'solid'} ${colors.border}`,
        borderRadius: 'var(--mantine-radius-sm)',
        minHeight: '3.25rem',
        minWidth: 0,
      }}
    >
      <Text size="xs" fw={600}>
        {day.jobId ? (
          <Anchor component={Link} to={`/jobs/${day.jobId}`} inherit title={`${text}: open its job`}>
            {formatDay(day.date)}
          </Anchor>
        ) : (
          formatDay(day.date)
        )}
      </Text>
      <Text size="xs" c="dimmed">
        {STATE_LABELS[day.state]}
      </Text>
    </Box>
  );
}

/** The deployment's days as a week grid, each coloured by its batch's state and linking to the batch's job. */
export function BatchCalendar({ days }: { days: CalendarDay[] }) {
  const offset = days.length === 0 ? 0 : weekdayOf(days[0]?.date ?? '');
  const grid = { display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 6 } as const;
  return (
    <div>
      <Group gap="md" mb="sm" aria-label="Legend" role="list">
        {(Object.keys(STATE_COLORS) as BatchState[]).map((state) => (
          <Group key={state} gap={4} role="listitem">
            <Box
              w={12}
              h={12}
              style={{
                background: STATE_COLORS[state].background,
                border: `1px solid ${STATE_COLORS[state].border}`,
                borderRadius: 2,
              }}
            />
            <Text size="xs">{STATE_LABELS[state]}</Text>
          </Group>
        ))}
      </Group>
      <Box style={grid} aria-hidden mb={4}>
        {WEEKDAYS.map((weekday) => (
          <Text key={weekday} size="xs" c="dimmed" ta="center">
            {weekday}
          </Text>
        ))}
      </Box>
      <Box component="ol" aria-label="Daily batches" style={{ ...grid, padding: 0, margin: 0 }}>
        {Array.from({ length: offset }, (_, blank) => (
          <li key={`blank-${blank}`} aria-hidden style={{ listStyle: 'none' }} />
        ))}
        {days.map((day) => (
          <DayCell key={day.day} day={day} />
        ))}
      </Box>
    </div>
  );
}
