import { type MantineSpacing, Table, VisuallyHidden } from '@mantine/core';
import { Children, type ReactNode } from 'react';

interface ListTableProps {
  /** The table's accessible name; screen readers announce it, the page's heading already shows it. */
  caption: string;
  columns: string[];
  /** Below this width the table scrolls sideways inside its box instead of squeezing its columns. */
  minWidth: number;
  /** More room around each row, for rows of several lines; Mantine's default otherwise. */
  verticalSpacing?: MantineSpacing;
  /** Shown across every column when there are no rows. */
  empty: ReactNode;
  /** The rows, one `Table.Tr` per record. */
  children: ReactNode;
}

/** A list of records, one a row, under named columns; a wide one scrolls inside its box, not the page. */
export function ListTable({ caption, columns, minWidth, verticalSpacing, empty, children }: ListTableProps) {
  // toArray drops null and false, so `{[].map(...)}` and `{cond && <Row />}` both count as no rows
  const hasRows = Children.toArray(children).length > 0;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing={verticalSpacing}>
        <caption>
          <VisuallyHidden>{caption}</VisuallyHidden>
        </caption>
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
          {hasRows ? (
            children
          ) : (
            <Table.Tr>
              <Table.Td colSpan={columns.length}>{empty}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
