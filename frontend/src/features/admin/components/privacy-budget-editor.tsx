import { Button, Card, Group, NumberInput, SimpleGrid, Text, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';

import { SavedAlert } from '@/components/saved-alert';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { formatPrivacyAmount } from '@/lib/dp-utility';
import { formatTimestamp } from '@/lib/format';

import type { TenantPrivacyBudget } from '../api/admin-api';
import { usePrivacyBudget, useSetPrivacyBudget } from '../hooks/use-admin';

/** Blank is the platform default; anything else goes as typed, for the server to accept or name. */
function amountOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

function setBy(budget: TenantPrivacyBudget): string {
  if (budget.updatedBy === null) {
    return 'The platform defaults apply.';
  }
  return `Set by ${budget.updatedBy}${budget.updatedAt ? ` on ${formatTimestamp(budget.updatedAt)}` : ''}.`;
}

function BudgetFields({ budget, tenantId }: { budget: TenantPrivacyBudget; tenantId: string }) {
  const [epsilon, setEpsilon] = useState(budget.ownSeedEpsilon === null ? '' : String(budget.ownSeedEpsilon));
  const [delta, setDelta] = useState(budget.ownSeedDelta === null ? '' : String(budget.ownSeedDelta));
  const saving = useSetPrivacyBudget(tenantId);
  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    saving.mutate({ seedEpsilon: amountOf(epsilon), seedDelta: amountOf(delta) });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="privacy-budget-heading">
      <Text size="sm" c="dimmed" mb="md">
        {setBy(budget)} Each seed's differentially private trainings together may spend ε ={' '}
        {formatPrivacyAmount(budget.seedEpsilon)} and δ = {formatPrivacyAmount(budget.seedDelta)} (basic composition).
        Leave a field blank for the platform default.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NumberInput
          label="Epsilon (ε) per seed"
          description={`In force: ${formatPrivacyAmount(budget.seedEpsilon)}`}
          min={0}
          step={1}
          decimalScale={4}
          value={epsilon}
          onChange={(value) => setEpsilon(String(value))}
        />
        <NumberInput
          label="Delta (δ) per seed"
          description={`In force: ${formatPrivacyAmount(budget.seedDelta)}; below 1`}
          min={0}
          max={1}
          step={0.000001}
          decimalScale={9}
          value={delta}
          onChange={(value) => setDelta(String(value))}
        />
      </SimpleGrid>
      {saving.isError && <ProblemAlert error={saving.error} />}
      {saving.isSuccess && (
        <SavedAlert title="Privacy budget saved">
          It applies to the next training on each of the tenant's seeds that has no budget of its own.
        </SavedAlert>
      )}
      <Group mt="md" gap="sm">
        <Button type="submit" loading={saving.isPending}>
          Save privacy budget
        </Button>
      </Group>
    </form>
  );
}

/** A tenant's privacy budget per seed, the platform default or its own; a seed's own is set through the API. */
export function PrivacyBudgetEditor({ tenantId }: { tenantId: string }) {
  const budget = usePrivacyBudget(tenantId);
  return (
    <Card component="section" aria-labelledby="privacy-budget-heading">
      <Title order={2} size="h3" id="privacy-budget-heading" mb="xs">
        Privacy budget
      </Title>
      <QueryState query={budget} label="Loading the privacy budget…">
        {(data) => <BudgetFields budget={data} tenantId={tenantId} />}
      </QueryState>
    </Card>
  );
}
