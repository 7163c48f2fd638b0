import { Alert, Anchor, Collapse, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import { DpUtilityTable } from '@/components/dp-utility-table';
import { formatPrivacyAmount } from '@/lib/dp-utility';
import type { SeedPrivacyBudget } from '@/lib/seed-privacy-budget';

import { fitsBudget, type DpChoice } from '../lib/dp-choice';

interface DpControlsProps {
  choice: DpChoice;
  onChange: (choice: DpChoice) => void;
  /** The schema declares DP: a run may change its ε, not turn it off. */
  declared: boolean;
  /** What the run would be charged; null without DP. */
  charged: { epsilon: number; delta: number } | null;
  budget: SeedPrivacyBudget | undefined;
  /** The chosen seed's rows, which decide which measured figures apply. */
  seedRows?: number;
}

function BudgetLeft({ budget }: { budget: SeedPrivacyBudget }) {
  return (
    <Text size="sm">
      This seed has ε = {formatPrivacyAmount(budget.remainingEpsilon)} of {formatPrivacyAmount(budget.epsilon)} and δ ={' '}
      {formatPrivacyAmount(budget.remainingDelta)} of {formatPrivacyAmount(budget.delta)} left of its privacy budget.
    </Text>
  );
}

/** Differential privacy for one run: on or off, ε (δ under "advanced"), what the seed has left, and what to expect. */
export function DpControls({ choice, onChange, declared, charged, budget, seedRows }: DpControlsProps) {
  const [advanced, { toggle }] = useDisclosure(false);
  const set = (change: Partial<DpChoice>) => onChange({ ...choice, ...change });
  const overBudget = charged !== null && budget !== undefined && !fitsBudget(charged, budget);
  return (
    <Stack gap="xs">
      <Switch
        label="Differential privacy"
        description={
          declared ? 'The schema asks for it; choose the ε of this run' : 'Train with a formal privacy guarantee'
        }
        checked={choice.on}
        disabled={declared}
        onChange={(event) => set({ on: event.currentTarget.checked })}
      />
      {choice.on && (
        <NumberInput
          label="Epsilon (ε)"
          description="Spent from the seed's privacy budget: smaller is more private, 1 is common"
          min={0}
          max={100}
          step={0.1}
          decimalScale={4}
          value={choice.epsilon}
          onChange={(value) => set({ epsilon: String(value) })}
          maw="16rem"
        />
      )}
      {choice.on && (
        <div>
          <Anchor component="button" type="button" size="sm" onClick={toggle} aria-expanded={advanced}>
            {advanced ? 'Hide advanced settings' : 'Advanced settings'}
          </Anchor>
          <Collapse expanded={advanced}>
            <NumberInput
              mt="xs"
              label="Delta (δ)"
              description="Chance the ε guarantee fails, above 0 and at most 0.001; blank: the schema's, else 0.000001"
              min={0}
              max={0.001}
              step={0.000001}
              decimalScale={9}
              value={choice.delta}
              onChange={(value) => set({ delta: String(value) })}
              maw="24rem"
            />
          </Collapse>
        </div>
      )}
      {budget && charged !== null && <BudgetLeft budget={budget} />}
      {overBudget && (
        <Alert color="yellow" variant="light" role="alert" title="Over the seed's privacy budget">
          This training would spend ε = {formatPrivacyAmount(charged.epsilon)} and δ ={' '}
          {formatPrivacyAmount(charged.delta)}, more than the seed has left, and would be refused. Choose a smaller ε,
          or ask a platform admin for a larger budget.
        </Alert>
      )}
      {charged !== null && <DpUtilityTable epsilon={charged.epsilon} rows={seedRows} />}
    </Stack>
  );
}
