import { Accordion, Alert, Badge, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';

import { formatCount, formatPercent } from '@/lib/format';

import type { SeedValidation } from '../api/seeds-api';
import { groupByColumn } from '../lib/row-errors';

/** How many row numbers a column's summary line names before "…". */
const ROWS_NAMED = 8;

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Card padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl" c={color}>
        {value}
      </Text>
    </Card>
  );
}

function ColumnList({ title, columns, hint }: { title: string; columns: string[]; hint: string }) {
  if (columns.length === 0) {
    return null;
  }
  return (
    <Alert color="yellow" variant="light" title={title}>
      <Text size="sm" mb={6}>
        {hint}
      </Text>
      <Group gap={6}>
        {columns.map((column) => (
          <Badge key={column} variant="outline" color="yellow.8">
            {column}
          </Badge>
        ))}
      </Group>
    </Alert>
  );
}

function rowsSummary(rows: number[]): string {
  const named = rows.slice(0, ROWS_NAMED).join(', ');
  return rows.length > ROWS_NAMED ? `${named}, …` : named;
}

/** A seed checked against a schema: counts, columns that do not line up, and each column's errors by row. */
export function SeedValidationResults({ result }: { result: SeedValidation }) {
  const columns = groupByColumn(result.errors);
  const validShare = result.rows === 0 ? 100 : (result.validRows / result.rows) * 100;
  return (
    <Stack gap="md" aria-label="Validation results" component="section">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Figure label="Rows checked" value={formatCount(result.rows)} />
        <Figure
          label="Valid rows"
          value={`${formatCount(result.validRows)} (${formatPercent(validShare)})`}
          color="teal"
        />
        <Figure
          label="Invalid rows"
          value={formatCount(result.invalidRows)}
          color={result.invalidRows > 0 ? 'red' : undefined}
        />
      </SimpleGrid>
      <ColumnList
        title="Missing columns"
        columns={result.missingColumns}
        hint="The schema has these fields; the seed has no column for them."
      />
      <ColumnList
        title="Ignored columns"
        columns={result.ignoredColumns}
        hint="The seed has these columns; the schema has no field for them, so they are not checked."
      />
      {columns.length === 0 ? (
        <Alert color="teal" variant="light" title="No errors">
          Every checked value satisfies the schema.
        </Alert>
      ) : (
        <div>
          <Title order={3} size="h5" mb="xs">
            Errors by column
          </Title>
          {result.errors.length >= result.errorLimit && (
            <Text size="sm" c="dimmed" mb="xs">
              The first {formatCount(result.errorLimit)} errors are listed; the counts above cover every row.
            </Text>
          )}
          <Accordion variant="separated" multiple>
            {columns.map(({ field, errors, rows }) => (
              <Accordion.Item key={field} value={field}>
                <Accordion.Control>
                  <Group gap="sm" wrap="nowrap">
                    <Text fw={600}>{field}</Text>
                    <Badge color="red" variant="light">
                      {formatCount(errors.length)} {errors.length === 1 ? 'error' : 'errors'}
                    </Badge>
                    <Text size="sm" c="dimmed" truncate style={{ minWidth: 0 }}>
                      rows {rowsSummary(rows)}
                    </Text>
                  </Group>
                </Accordion.Control>
                <Accordion.Panel>
                  <Table.ScrollContainer minWidth={480} maxHeight={320}>
                    <Table stickyHeader fz="sm">
                      <caption className="visually-hidden">Errors in {field}</caption>
                      <Table.Thead>
                        <Table.Tr>
                          <Table.Th scope="col">Row</Table.Th>
                          <Table.Th scope="col">Value</Table.Th>
                          <Table.Th scope="col">Problem</Table.Th>
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {errors.map((error, index) => (
                          // one row may break one field in two ways, so the row alone is no key
                          <Table.Tr key={`${error.row}-${index}`}>
                            <Table.Td>{formatCount(error.row)}</Table.Td>
                            <Table.Td>
                              {error.value === null ? (
                                <Text span c="dimmed" size="sm">
                                  missing
                                </Text>
                              ) : (
                                <code>{error.value}</code>
                              )}
                            </Table.Td>
                            <Table.Td>{error.reason}</Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </div>
      )}
    </Stack>
  );
}
