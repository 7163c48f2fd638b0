import { Link } from 'react-router';

import { formatBytes, formatCount, formatTimestamp } from '@/lib/format';

import type { Seed } from '../api/seed-types';
import { DeleteSeedButton } from './delete-seed-button';

export function SeedTable({ seeds }: { seeds: Seed[] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Seeds</caption>
      <thead>
        <tr>
          <th scope="col">File</th>
          <th scope="col">Format</th>
          <th scope="col">Rows</th>
          <th scope="col">Columns</th>
          <th scope="col">Size</th>
          <th scope="col">Uploaded</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {seeds.length === 0 && (
          <tr>
            <td colSpan={7}>No seeds yet.</td>
          </tr>
        )}
        {seeds.map((seed) => (
          <tr key={seed.id}>
            <td>
              <Link to={`/seeds/${seed.id}`}>{seed.fileName}</Link>
            </td>
            <td>{seed.format}</td>
            <td>{formatCount(seed.rowCount)}</td>
            <td>{seed.columnCount}</td>
            <td>{formatBytes(seed.sizeBytes)}</td>
            <td>
              <time dateTime={seed.createdAt}>{formatTimestamp(seed.createdAt)}</time>
            </td>
            <td>
              <DeleteSeedButton seed={seed} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
