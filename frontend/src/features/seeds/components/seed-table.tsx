import { Anchor, Badge, Table } from '@mantine/core';
import { Link } from 'react-router';

import { formatBytes, formatCount, formatTimestamp } from '@/lib/format';

import type { Seed } from '../api/seeds-api';
import { DeleteSeedButton } from './delete-seed-button';

export function SeedTable({ seeds }: { seeds: Seed[] }) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table>
        <caption className="visually-hidden">Seeds</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">File</Table.Th>
            <Table.Th scope="col">Format</Table.Th>
            <Table.Th scope="col" ta="right">
              Rows
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Columns
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Size
            </Table.Th>
            <Table.Th scope="col">Uploaded</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {seeds.map((seed) => (
            <Table.Tr key={seed.id}>
              <Table.Td>
                <Anchor component={Link} to={`/seeds/${seed.id}`}>
                  {seed.fileName}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color="gray">
                  {seed.format}
                </Badge>
              </Table.Td>
              <Table.Td ta="right">{formatCount(seed.rowCount)}</Table.Td>
              <Table.Td ta="right">{formatCount(seed.columnCount)}</Table.Td>
              <Table.Td ta="right">{formatBytes(seed.sizeBytes)}</Table.Td>
              <Table.Td>
                <time dateTime={seed.createdAt}>{formatTimestamp(seed.createdAt)}</time>
              </Table.Td>
              <Table.Td>
                <DeleteSeedButton seed={seed} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
