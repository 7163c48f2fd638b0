import { Link } from 'react-router';

import { formatCount, formatPercent, formatTimestamp } from '@/lib/format';

import type { GenerationJob } from '../api/generation-types';

interface GenerationJobsTableProps {
  jobs: GenerationJob[];
  /** Whether to link each job's schema: the tenant-wide list needs it, a schema's own page does not. */
  showSchema: boolean;
}

/** A score from the API, a fraction in [0, 1], shown as percent. */
function score(fraction: number | null): string {
  return fraction === null ? '—' : formatPercent(fraction * 100);
}

/** Newest first; scores show as soon as a job has them, which may be before it completes. */
export function GenerationJobsTable({ jobs, showSchema }: GenerationJobsTableProps) {
  const columns = ['Created', 'Rows', 'Format', 'Status', 'Quality', 'Privacy', ...(showSchema ? ['Schema'] : [])];
  return (
    <table className="data-table">
      <caption className="visually-hidden">Generation jobs</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {jobs.length === 0 && (
          <tr>
            <td colSpan={columns.length}>No generation jobs yet.</td>
          </tr>
        )}
        {jobs.map((job) => (
          <tr key={job.id}>
            <td>
              <Link to={`/jobs/${job.id}`}>
                <time dateTime={job.createdAt}>{formatTimestamp(job.createdAt)}</time>
              </Link>
            </td>
            <td>{formatCount(job.rows)}</td>
            <td>{job.gzip ? `${job.format} (gzip)` : job.format}</td>
            <td>{job.status}</td>
            <td>{score(job.qualityScore)}</td>
            <td>{score(job.privacyScore)}</td>
            {showSchema && (
              <td>
                <Link to={`/schemas/${job.schemaId}`}>Schema version {job.schemaVersion}</Link>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
