import { Checkbox, Fieldset, NumberInput, Stack, Text } from '@mantine/core';

import { formatAmount, LIMITS, type LimitName } from '@/lib/limits';

import { inputUnitOf, problemOf, type LimitSetting } from '../lib/quota-form';

interface LimitFieldProps {
  name: LimitName;
  setting: LimitSetting;
  /** The limit in force now, before this edit. */
  inForce: number;
  onChange: (setting: LimitSetting) => void;
}

/** One limit: the platform default, or a value of the tenant's own. */
export function LimitField({ name, setting, inForce, onChange }: LimitFieldProps) {
  const { label, unit } = LIMITS[name];
  return (
    <Fieldset legend={label} variant="filled" radius="md">
      <Stack gap="xs">
        <Text size="xs" c="dimmed">
          In force: {formatAmount(unit, inForce)}
        </Text>
        <Checkbox
          label="Platform default"
          checked={setting.useDefault}
          onChange={(event) => onChange({ ...setting, useDefault: event.currentTarget.checked })}
        />
        <NumberInput
          label={`Own value (${inputUnitOf(name)})`}
          disabled={setting.useDefault}
          min={0}
          allowNegative={false}
          allowDecimal={unit === 'bytes'}
          thousandSeparator=","
          value={setting.value}
          onChange={(value) => onChange({ ...setting, value })}
          error={problemOf(setting)}
        />
      </Stack>
    </Fieldset>
  );
}
