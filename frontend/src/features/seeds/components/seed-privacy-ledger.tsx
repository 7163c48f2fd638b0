import { Card, Table, Text, Title } from '@mantine/core';

import { QueryState } from '@/components/query-state';
import { formatPrivacyAmount } from '@/lib/dp-utility';
import { formatTimestamp } from '@/lib/format';
import { useSeedPrivacyBudget, type PrivacyLedgerEntry, type SeedPrivacyBudget } from '@/lib/seed-privacy-budget';

function standing(entry: PrivacyLedgerEntry): string {
  if (entry.givenBackAt) {
    return `Given back ${formatTimestamp(entry.givenBackAt)}: the training failed before it read the seed`;
  }
  return entry.seedReadAt ? 'Spent' : 'Charged; the training has not read the seed yet';
}

function Entries({ entries }: { entries: PrivacyLedgerEntry[] }) {
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No differentially private training has spent from this seed yet.
      </Text>
    );
  }
  return (
    <Table fz="sm" withTableBorder>
      <caption className="visually-hidden">Privacy ledger, newest first</caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">When</Table.Th>
          <Table.Th scope="col">By</Table.Th>
          <Table.Th scope="col">ε</Table.Th>
          <Table.Th scope="col">δ</Table.Th>
          <Table.Th scope="col">Mechanisms</Table.Th>
          <Table.Th scope="col">Training run</Table.Th>
          <Table.Th scope="col">State</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.id}>
            <Table.Td>{formatTimestamp(entry.spentAt)}</Table.Td>
            <Table.Td>{entry.spentBy}</Table.Td>
            <Table.Td>{formatPrivacyAmount(entry.epsilon)}</Table.Td>
            <Table.Td>{formatPrivacyAmount(entry.delta)}</Table.Td>
            <Table.Td>{entry.mechanism ?? 'Known once the training completes'}</Table.Td>
            <Table.Td>
              <Text size="sm" ff="monospace">
                {entry.trainingRunId.slice(0, 8)}
              </Text>
            </Table.Td>
            <Table.Td>{standing(entry)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Summary({ budget }: { budget: SeedPrivacyBudget }) {
  return (
    <Text size="sm" mb="sm">
      Spent ε = {formatPrivacyAmount(budget.spentEpsilon)} of {formatPrivacyAmount(budget.epsilon)} and δ ={' '}
      {formatPrivacyAmount(budget.spentDelta)} of {formatPrivacyAmount(budget.delta)}; ε ={' '}
      {formatPrivacyAmount(budget.remainingEpsilon)} and δ = {formatPrivacyAmount(budget.remainingDelta)} left.
      Trainings add up (basic composition); generating more rows from a trained model spends nothing.{' '}
      {budget.ownEpsilon !== null || budget.ownDelta !== null
        ? 'A platform admin gave this seed a budget of its own.'
        : ''}
    </Text>
  );
}

/** What differentially private trainings spent of the seed's privacy budget, entry by entry. */
export function SeedPrivacyLedger({ seedId }: { seedId: string }) {
  const budget = useSeedPrivacyBudget(seedId);
  return (
    <Card component="section" aria-labelledby="privacy-budget-heading">
      <Title order={2} size="h4" id="privacy-budget-heading" mb="xs">
        Privacy budget
      </Title>
      <QueryState query={budget} label="Loading the privacy budget…">
        {(data) => (
          <>
            <Summary budget={data} />
            <Entries entries={data.entries} />
          </>
        )}
      </QueryState>
    </Card>
  );
}
