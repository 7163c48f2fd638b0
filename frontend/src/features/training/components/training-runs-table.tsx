import { Link } from 'react-router';

import { formatCount, formatTimestamp } from '@/lib/format';

import type { SeedChoice, TrainingRun } from '../api/training-types';

interface TrainingRunsTableProps {
  runs: TrainingRun[];
  /** The seeds the train form offers; a run's seed is named after its file when it is among them. */
  seeds: SeedChoice[];
}

export function TrainingRunsTable({ runs, seeds }: TrainingRunsTableProps) {
  const fileNames = new Map(seeds.map((seed) => [seed.id, seed.fileName]));
  return (
    <table className="data-table">
      <caption className="visually-hidden">Training runs</caption>
      <thead>
        <tr>
          <th scope="col">Created</th>
          <th scope="col">Seed</th>
          <th scope="col">Presets</th>
          <th scope="col">Status</th>
          <th scope="col">Training rows</th>
        </tr>
      </thead>
      <tbody>
        {runs.length === 0 && (
          <tr>
            <td colSpan={5}>No training runs yet.</td>
          </tr>
        )}
        {runs.map((run) => (
          <tr key={run.id}>
            <td>
              <time dateTime={run.createdAt}>{formatTimestamp(run.createdAt)}</time>
            </td>
            <td>
              <Link to={`/seeds/${run.seedId}`}>{fileNames.get(run.seedId) ?? 'Seed'}</Link>
            </td>
            <td>
              quality {run.quality}, privacy {run.privacy}
            </td>
            <td>{run.status}</td>
            <td>{run.trainingRows === null ? '—' : formatCount(run.trainingRows)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
