import { Table, Text } from '@mantine/core';

import { MEASURED_UTILITY, utilityNear, type UtilityAtEpsilon } from '@/lib/dp-utility';

function figure(value: number | null): string {
  return value === null ? 'not measured' : value.toFixed(2);
}

function label(row: UtilityAtEpsilon): string {
  return row.epsilon === null ? 'No DP' : `ε = ${row.epsilon}`;
}

/** The measured quality at each ε, the row nearest the chosen ε marked: what to expect before training. */
export function DpUtilityTable({ epsilon }: { epsilon: number | null }) {
  const near = utilityNear(epsilon);
  return (
    <div>
      <Text size="sm" id="dp-utility-caption">
        Expected quality at {epsilon === null ? 'no differential privacy' : `ε = ${epsilon}`}: close to the{' '}
        {label(near)} row (measured on public tables; 1 is a perfect match).
      </Text>
      <Table aria-labelledby="dp-utility-caption" fz="xs" verticalSpacing={2} withTableBorder mt={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Privacy</Table.Th>
            <Table.Th scope="col">Quality score</Table.Th>
            <Table.Th scope="col">Column shapes</Table.Th>
            <Table.Th scope="col">Column pairs</Table.Th>
            <Table.Th scope="col">AUC ratio</Table.Th>
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
              <Table.Td>{figure(row.qualityScore)}</Table.Td>
              <Table.Td>{figure(row.columnShapes)}</Table.Td>
              <Table.Td>{figure(row.columnPairTrends)}</Table.Td>
              <Table.Td>{figure(row.aucRatio)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
