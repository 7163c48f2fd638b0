import { Box, Table } from '@mantine/core';

interface DataTableProps {
  /** The table's accessible name. */
  caption: string;
  columns: string[];
  rows: unknown[][];
}

function asText(value: unknown): string {
  if (value === null || value === undefined) {
    return '';
  }
  // Numbers, booleans and nested JSON read as they would in the JSON the API sent.
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Rows of any dataset (seed preview, synthetic preview); a wide one scrolls inside its box, not the page. */
export function DataTable({ caption, columns, rows }: DataTableProps) {
  return (
    // focusable, so keyboard users can scroll a wide one too
    <Box tabIndex={0} role="region" aria-label={`${caption} rows`} style={{ overflowX: 'auto' }}>
      <Table striped withTableBorder fz="sm" miw={Math.min(columns.length * 120, 1200)}>
        <caption className="visually-hidden">{caption}</caption>
        <Table.Thead>
          <Table.Tr>
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
              {columns.map((column, columnIndex) => (
                <Table.Td key={column}>{asText(row[columnIndex])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
