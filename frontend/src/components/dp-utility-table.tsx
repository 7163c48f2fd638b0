import { Table, Text } from '@mantine/core';

import {
  MEASURED_UTILITY,
  SMALL_TABLE_ROWS,
  utilityNear,
  type UtilityAtEpsilon,
  type UtilityFigures,
} from '@/lib/dp-utility';

function figure(value: number | null): string {
  return value === null ? 'not measured' : value.toFixed(2);
}

function label(row: UtilityAtEpsilon): string {
  return row.epsilon === null ? 'No DP' : `ε = ${row.epsilon}`;
}

function Cells({ figures }: { figures: UtilityFigures }) {
  return (
    <>
      <Table.Td>{figure(figures.columnShapes)}</Table.Td>
      <Table.Td>{figure(figures.columnPairTrends)}</Table.Td>
      <Table.Td>{figure(figures.aucRatio)}</Table.Td>
    </>
  );
}

const SIZES = [
  { key: 'large', label: `${(5000).toLocaleString('en')}+ rows` },
  { key: 'small', label: `under ${SMALL_TABLE_ROWS.toLocaleString('en')} rows` },
] as const;

/**
 * The measured quality at each ε for large and small tables, the row nearest the chosen ε marked:
 * what to expect before training. {@code rows}, when known, says which size the seed is.
 */
export function DpUtilityTable({ epsilon, rows }: { epsilon: number | null; rows?: number | null }) {
  const near = utilityNear(epsilon);
  const size = rows == null ? null : rows < SMALL_TABLE_ROWS ? 'small' : 'large';
  return (
    <div>
      <Text size="sm" id="dp-utility-caption">
        Expected quality at {epsilon === null ? 'no differential privacy' : `ε = ${epsilon}`}: close to the{' '}
        {label(near)} row, median over public tables{size === null ? '' : `; this seed is a ${size} table`} (1 is a
        perfect match). Small tables lose far more: declare categories and bounds in the schema to help them.
      </Text>
      <Table aria-labelledby="dp-utility-caption" fz="xs" verticalSpacing={2} withTableBorder mt={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" rowSpan={2}>
              Privacy
            </Table.Th>
            {SIZES.map((group) => (
              <Table.Th scope="colgroup" colSpan={3} key={group.key} fw={group.key === size ? 700 : undefined}>
                Tables of {group.label}
              </Table.Th>
            ))}
          </Table.Tr>
          <Table.Tr>
            {SIZES.map((group) => (
              <FigureHeaders key={group.key} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {MEASURED_UTILITY.map((row) => (
            <Table.Tr
              key={label(row)}
              fw={row === near ? 700 : undefined}
              aria-current={row === near ? 'true' : undefined}
            >
              <Table.Th scope="row">{label(row)}</Table.Th>
              <Cells figures={row.large} />
              <Cells figures={row.small} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function FigureHeaders() {
  return (
    <>
      <Table.Th scope="col">Column shapes</Table.Th>
      <Table.Th scope="col">Column pairs</Table.Th>
      <Table.Th scope="col">AUC ratio</Table.Th>
    </>
  );
}
