import { useState } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import { useMetricsReport } from '../hooks/use-generation';

/** The full evaluation report, fetched when the user opens it. */
export function MetricsReport({ jobId }: { jobId: string }) {
  const [open, setOpen] = useState(false);
  const report = useMetricsReport(jobId, open);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Metrics report</summary>
      {report.isFetching && <p role="status">Loading the report…</p>}
      {report.isError && <ProblemAlert error={report.error} />}
      {report.data !== undefined && <pre className="report">{JSON.stringify(report.data, null, 2)}</pre>}
    </details>
  );
}
