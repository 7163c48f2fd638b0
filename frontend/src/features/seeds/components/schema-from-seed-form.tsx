import { Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import type { DataSchema } from '../api/seeds-api';

interface SchemaFromSeedFormProps {
  detected: DataSchema;
  suggestedName: string;
  onSubmit: (schema: DataSchema) => void;
  pending: boolean;
  error: unknown;
}

/** Saves the detected schema as it is, under the name the user gives it (used where no designer is offered). */
export function SchemaFromSeedForm({ detected, suggestedName, onSubmit, pending, error }: SchemaFromSeedFormProps) {
  const [name, setName] = useState(suggestedName);
  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    onSubmit({ ...detected, name: name.trim() });
  };
  return (
    <Card component="form" onSubmit={submit} noValidate aria-labelledby="schema-from-seed-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="schema-from-seed-heading">
          Create a schema from this seed
        </Title>
        <Text size="sm" c="dimmed">
          The schema keeps the {detected.fields?.length ?? 0} detected fields as they are.
        </Text>
        <TextInput label="Schema name" value={name} onChange={(event) => setName(event.currentTarget.value)} />
        {error !== null && error !== undefined && <ProblemAlert error={error} />}
        <Group>
          <Button type="submit" loading={pending}>
            Create schema
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
