import { Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';

import { QueryState } from '@/components/query-state';
import { formatCount, formatDuration } from '@/lib/format';

import type { MetricsReport } from '../api/generation-api';
import { useMetricsReport } from '../hooks/use-generation';
import { ColumnDistributions } from './column-distributions';
import { CorrelationSection } from './correlation-section';
import { MlEfficacySection } from './ml-efficacy-section';
import { PrivacySection } from './privacy-section';
import { ScoreSummary } from './score-summary';

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}

function TimingAndNotes({ report }: { report: MetricsReport }) {
  const timing = report.generation;
  const notes = [...(report.notes ?? []), ...(report.note ? [report.note] : [])];
  return (
    <Card component="section" aria-labelledby="report-notes-heading">
      <Title order={2} size="h3" id="report-notes-heading" mb="sm">
        Timing and notes
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} mb={notes.length > 0 ? 'md' : 0}>
        <Fact label="Generation time" value={timing ? formatDuration(timing.seconds) : '—'} />
        <Fact label="Rows per second" value={timing ? formatCount(timing.rowsPerSecond) : '—'} />
        <Fact
          label="Rows compared"
          value={
            report.rows
              ? `${formatCount(report.rows.synthetic)} synthetic, ${formatCount(report.rows.training)} real`
              : '—'
          }
        />
        <Fact
          label="Evaluation time"
          value={report.elapsedMillis === undefined ? '—' : formatDuration(report.elapsedMillis / 1000)}
        />
      </SimpleGrid>
      {notes.length > 0 && (
        <List size="sm" aria-label="Notes on the report">
          {notes.map((note) => (
            <List.Item key={note}>{note}</List.Item>
          ))}
        </List>
      )}
    </Card>
  );
}

/** A report laid out for reading: scores, distributions, correlations, efficacy, privacy, then timing. */
export function QualityReportView({ report }: { report: MetricsReport }) {
  const { quality, privacy, correlations } = report;
  return (
    <Stack gap="lg">
      {quality && <ScoreSummary report={report} />}
      {quality?.columns && <ColumnDistributions columns={quality.columns} />}
      {correlations && <CorrelationSection correlations={correlations} />}
      {quality && <MlEfficacySection efficacy={quality.efficacy} note={quality.efficacyNote} />}
      {privacy && <PrivacySection privacy={privacy} rows={report.rows} />}
      <TimingAndNotes report={report} />
    </Stack>
  );
}

/** A completed job's quality and privacy report, read once. */
export function QualityReport({ jobId }: { jobId: string }) {
  const report = useMetricsReport(jobId, true);
  return (
    <QueryState query={report} label="Loading the quality report…">
      {(data) => <QualityReportView report={data} />}
    </QueryState>
  );
}
