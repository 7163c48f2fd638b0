import {
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';
import { QueryState } from '@/components/query-state';
import { formatCount } from '@/lib/format';

import type { Schema } from '../api/deployments-api';
import { useCreateDeployment, useSchemas } from '../hooks/use-deployments';
import { DEPLOYMENT_FORMATS, formFor, toDraft, todayUtc, type DeploymentForm } from '../lib/deployment-draft';

function isFormat(value: string): value is DeploymentForm['format'] {
  return DEPLOYMENT_FORMATS.some((format) => format === value);
}

function DeploymentFields({ schemas, initialSchemaId }: { schemas: Schema[]; initialSchemaId: string | undefined }) {
  const [form, setForm] = useState<DeploymentForm>(() =>
    formFor(
      schemas.find((schema) => schema.id === initialSchemaId),
      todayUtc(),
    ),
  );
  const creation = useCreateDeployment();
  const navigate = useNavigate();
  const update = (change: Partial<DeploymentForm>) => setForm((current) => ({ ...current, ...change }));
  const pickSchema = (schemaId: string | null) =>
    setForm((current) => ({
      ...formFor(
        schemas.find((schema) => schema.id === schemaId),
        current.startDate,
      ),
      format: current.format,
      gzip: current.gzip,
    }));
  const total = Number(form.recordsPerDay) * Number(form.days);

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    if (form.schemaId === null) {
      return;
    }
    creation.mutate(
      { schemaId: form.schemaId, draft: toDraft(form) },
      { onSuccess: (deployment) => void navigate(`/deployments/${deployment.id}`) },
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-deployment-heading">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
        <NativeSelect
          label="Schema"
          data={[
            { value: '', label: 'Pick a schema', disabled: true },
            ...schemas.map((schema) => ({ value: schema.id, label: schema.name ?? schema.id })),
          ]}
          value={form.schemaId ?? ''}
          onChange={(event) => pickSchema(event.currentTarget.value || null)}
          required
        />
        <NumberInput
          label="Records per day"
          description="From the schema's target volume."
          min={1}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={form.recordsPerDay}
          onChange={(recordsPerDay) => update({ recordsPerDay })}
        />
        <NumberInput
          label="Days"
          min={1}
          allowDecimal={false}
          allowNegative={false}
          value={form.days}
          onChange={(days) => update({ days })}
        />
        <TextInput
          label="Start date"
          description="The first batch's day (UTC)."
          type="date"
          value={form.startDate}
          onChange={(event) => update({ startDate: event.currentTarget.value })}
        />
        <NativeSelect
          label="Batch format"
          data={[...DEPLOYMENT_FORMATS]}
          value={form.format}
          onChange={(event) => {
            const format = event.currentTarget.value;
            if (isFormat(format)) {
              update({ format });
            }
          }}
        />
        <TextInput
          label="Seed (optional)"
          description="Shared by every batch; blank picks one."
          inputMode="numeric"
          value={form.seed}
          onChange={(event) => update({ seed: event.currentTarget.value })}
        />
        <Switch
          label="Compress batches with gzip"
          checked={form.gzip}
          onChange={(event) => update({ gzip: event.currentTarget.checked })}
        />
      </SimpleGrid>
      {Number.isFinite(total) && total > 0 && (
        <Text size="sm" c="dimmed" mt="md">
          {formatCount(total)} rows in all, one batch a day.
        </Text>
      )}
      {creation.isError && <ProblemAlert error={creation.error} />}
      <Group mt="md">
        <Button type="submit" loading={creation.isPending} disabled={form.schemaId === null}>
          Create deployment
        </Button>
      </Group>
    </form>
  );
}

/** Deploys a schema: one batch of its target volume a day, from the start date on. */
export function CreateDeploymentForm({ initialSchemaId }: { initialSchemaId?: string }) {
  const schemas = useSchemas();
  return (
    <Card component="section" aria-labelledby="new-deployment-heading">
      <Title order={2} size="h3" id="new-deployment-heading" mb="sm">
        New deployment
      </Title>
      <QueryState query={schemas} label="Loading schemas…">
        {(data) =>
          data.length === 0 ? (
            <Text c="dimmed">Design a schema first: a deployment produces batches of one schema.</Text>
          ) : (
            <DeploymentFields schemas={data} initialSchemaId={initialSchemaId} />
          )
        }
      </QueryState>
    </Card>
  );
}
