import { Box, Table } from '@mantine/core';

interface SeedPreviewProps {
  columns: string[];
  rows: (string | null)[][];
}

/** The first rows as read, in a box of its own height that scrolls both ways instead of the page. */
export function SeedPreview({ columns, rows }: SeedPreviewProps) {
  return (
    // focusable, so keyboard users can scroll it too
    <Box tabIndex={0} role="region" aria-label="Seed preview rows" mah={420} style={{ overflow: 'auto' }}>
      <Table stickyHeader withColumnBorders fz="sm" miw={Math.max(columns.length * 140, 600)}>
        <caption className="visually-hidden">Seed preview</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" c="dimmed">
              Row
            </Table.Th>
            {columns.map((column) => (
              <Table.Th key={column} scope="col">
                {column}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, rowIndex) => (
            // Preview rows have no identity of their own; they never reorder.
            <Table.Tr key={rowIndex}>
              <Table.Td c="dimmed">{rowIndex + 1}</Table.Td>
              {columns.map((column, columnIndex) => {
                const value = row[columnIndex] ?? null;
                return (
                  <Table.Td key={column} c={value === null ? 'dimmed' : undefined}>
                    {value ?? ''}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
