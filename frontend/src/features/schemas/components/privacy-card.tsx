import { Anchor, Card, Collapse, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import { DpUtilityTable } from '@/components/dp-utility-table';
import { formatPrivacyAmount } from '@/lib/dp-utility';
import { useSeedPrivacyBudget } from '@/lib/seed-privacy-budget';

import type { SchemaDraft } from '../lib/schema-draft';

export type PrivacyNumberKey = 'epsilon' | 'delta' | 'syntheticRatio';

interface PrivacyCardProps {
  draft: SchemaDraft;
  /** The seed the schema was made from, whose remaining privacy budget is shown with DP on. */
  seedId?: string;
  /** Problems by the path the server names, e.g. `privacySettings.epsilon`. */
  errors: Record<string, string>;
  onDifferentialPrivacy: (on: boolean) => void;
  onNumber: (key: PrivacyNumberKey) => (value: string | number) => void;
}

function epsilonOf(draft: SchemaDraft): number | null {
  const epsilon = Number(draft.epsilon);
  return draft.differentialPrivacy && draft.epsilon.trim() !== '' && epsilon > 0 ? epsilon : null;
}

/** The schema's privacy settings: differential privacy and its ε (δ under advanced settings), what to expect of it, and real rows mixed in. */
export function PrivacyCard({ draft, seedId, errors, onDifferentialPrivacy, onNumber }: PrivacyCardProps) {
  const [advanced, { toggle }] = useDisclosure(false);
  const budget = useSeedPrivacyBudget(seedId ?? '', draft.differentialPrivacy);
  const epsilon = epsilonOf(draft);
  return (
    <Card>
      <Title order={2} size="h4" mb="sm">
        Privacy
      </Title>
      <Stack gap="xs">
        <Switch
          label="Differential privacy"
          description="Train with a formal privacy guarantee, spent from the seed's privacy budget"
          checked={draft.differentialPrivacy}
          onChange={(event) => onDifferentialPrivacy(event.currentTarget.checked)}
        />
        <NumberInput
          label="Epsilon"
          description="Privacy budget, above 0 and at most 100: smaller is more private, 1 is common"
          min={0}
          max={100}
          step={0.1}
          decimalScale={4}
          disabled={!draft.differentialPrivacy}
          value={draft.epsilon}
          onChange={onNumber('epsilon')}
          error={errors['privacySettings.epsilon']}
        />
        {draft.differentialPrivacy && (
          <div>
            <Anchor component="button" type="button" size="sm" onClick={toggle} aria-expanded={advanced}>
              {advanced ? 'Hide advanced privacy settings' : 'Advanced privacy settings'}
            </Anchor>
            <Collapse expanded={advanced || 'privacySettings.delta' in errors}>
              <NumberInput
                mt="xs"
                label="Delta"
                description="Chance the epsilon guarantee fails, above 0 and at most 0.001; blank: 0.000001"
                min={0}
                max={0.001}
                step={0.000001}
                decimalScale={9}
                value={draft.delta}
                onChange={onNumber('delta')}
                error={errors['privacySettings.delta']}
              />
            </Collapse>
          </div>
        )}
        {draft.differentialPrivacy && budget.data && (
          <Text size="sm">
            The seed this schema was made from has ε = {formatPrivacyAmount(budget.data.remainingEpsilon)} of{' '}
            {formatPrivacyAmount(budget.data.epsilon)} left of its privacy budget
            {epsilon !== null && epsilon > budget.data.remainingEpsilon
              ? `: a training at ε = ${formatPrivacyAmount(epsilon)} on it would be refused.`
              : '.'}
          </Text>
        )}
        {draft.differentialPrivacy && <DpUtilityTable epsilon={epsilon} />}
        <NumberInput
          label="Synthetic ratio"
          description={
            draft.differentialPrivacy
              ? 'Stays 100 % with differential privacy: real rows would void it'
              : 'Share of output rows that are synthetic; the rest are real seed rows'
          }
          suffix=" %"
          min={0}
          max={100}
          disabled={draft.differentialPrivacy}
          value={draft.syntheticRatio}
          onChange={onNumber('syntheticRatio')}
          error={errors['privacySettings.syntheticRatio']}
        />
      </Stack>
    </Card>
  );
}
