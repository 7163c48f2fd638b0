import { Button, Card, Group, SimpleGrid, Text, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';

import { SavedAlert } from '@/components/saved-alert';
import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { formatTimestamp } from '@/lib/format';
import { LIMIT_NAMES } from '@/lib/limits';

import type { TenantQuota } from '../api/admin-api';
import { useQuota, useSetQuota } from '../hooks/use-admin';
import { allDefaults, formFor, isComplete, toUpdate, type QuotaForm } from '../lib/quota-form';
import { LimitField } from './limit-field';

function setBy(quota: TenantQuota): string {
  if (!quota.custom) {
    return 'The platform defaults apply to every limit.';
  }
  const by = quota.updatedBy ? ` by ${quota.updatedBy}` : '';
  return `Set${by}${quota.updatedAt ? ` on ${formatTimestamp(quota.updatedAt)}` : ''}.`;
}

interface QuotaFieldsProps {
  quota: TenantQuota;
  tenantId: string;
  onSaved?: () => void;
}

function QuotaFields({ quota, tenantId, onSaved }: QuotaFieldsProps) {
  const [form, setForm] = useState<QuotaForm>(() => formFor(quota));
  const saving = useSetQuota(tenantId);
  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    saving.mutate(toUpdate(form), { onSuccess: onSaved });
  };
  return (
    <form onSubmit={submit} noValidate aria-labelledby="quota-heading">
      <Text size="sm" c="dimmed" mb="md">
        {setBy(quota)} A limit left at the platform default follows the default when it changes.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        {LIMIT_NAMES.map((name) => (
          <LimitField
            key={name}
            name={name}
            setting={form[name]}
            inForce={quota[name]}
            onChange={(setting) => setForm((current) => ({ ...current, [name]: setting }))}
          />
        ))}
      </SimpleGrid>
      {saving.isError && <ProblemAlert error={saving.error} />}
      {saving.isSuccess && (
        <SavedAlert title="Limits saved">They apply to the tenant's next requests and jobs.</SavedAlert>
      )}
      <Group mt="md" gap="sm">
        <Button type="submit" loading={saving.isPending} disabled={!isComplete(form)}>
          Save limits
        </Button>
        <Button variant="default" onClick={() => setForm(allDefaults)}>
          Reset all to platform defaults
        </Button>
      </Group>
    </form>
  );
}

/** A tenant's limits, each the platform default or its own; saved together. */
export function QuotaEditor({ tenantId, onSaved }: { tenantId: string; onSaved?: () => void }) {
  const quota = useQuota(tenantId);
  return (
    <Card component="section" aria-labelledby="quota-heading">
      <Title order={2} size="h3" id="quota-heading" mb="xs">
        Limits
      </Title>
      <QueryState query={quota} label="Loading limits…">
        {(data) => <QuotaFields quota={data} tenantId={tenantId} onSaved={onSaved} />}
      </QueryState>
    </Card>
  );
}
