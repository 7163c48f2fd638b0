import { Button, Card, Checkbox, Group, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';

import { ProblemAlert } from '@/components/problem-alert';

import type { CreatedApiKey, Scope } from '../api/api-keys-api';
import { useCreateApiKey } from '../hooks/use-api-keys';
import { EMPTY_KEY_FORM, SCOPES, today, toRequest, type KeyForm } from '../lib/key-draft';

function isScope(value: string): value is Scope {
  return SCOPES.some(({ scope }) => scope === value);
}

/** Names a new key, picks what it may do and until when; the secret goes to `onCreated`, once. */
export function CreateApiKeyForm({ onCreated }: { onCreated: (created: CreatedApiKey) => void }) {
  const [form, setForm] = useState<KeyForm>(EMPTY_KEY_FORM);
  const creation = useCreateApiKey();
  const update = (change: Partial<KeyForm>) => setForm((current) => ({ ...current, ...change }));
  const complete = form.name.trim() !== '' && form.scopes.length > 0;

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    creation.mutate(toRequest(form), {
      onSuccess: (created) => {
        setForm(EMPTY_KEY_FORM);
        onCreated(created);
      },
    });
  };

  return (
    <Card component="section" aria-labelledby="new-key-heading">
      <Title order={2} size="h3" id="new-key-heading" mb="sm">
        New API key
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="new-key-heading">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Stack gap="md">
            <TextInput
              label="Name"
              description="Say what uses it, e.g. “nightly export”."
              required
              maxLength={100}
              value={form.name}
              onChange={(event) => update({ name: event.currentTarget.value })}
            />
            <TextInput
              label="Expires on (optional)"
              description="It stops working at the end of this day. Leave empty for a key that does not expire."
              type="date"
              min={today()}
              value={form.expiresOn}
              onChange={(event) => update({ expiresOn: event.currentTarget.value })}
            />
          </Stack>
          <Checkbox.Group
            label="Scopes"
            description="What programs using the key may do."
            required
            value={form.scopes}
            onChange={(values) => update({ scopes: values.filter(isScope) })}
            error={form.scopes.length === 0 ? 'Pick at least one scope.' : undefined}
          >
            <Stack gap="sm" mt="xs">
              {SCOPES.map(({ scope, label, allows }) => (
                <Checkbox key={scope} value={scope} label={label} description={allows} />
              ))}
            </Stack>
          </Checkbox.Group>
        </SimpleGrid>
        {creation.isError && <ProblemAlert error={creation.error} />}
        <Group mt="md">
          <Button type="submit" loading={creation.isPending} disabled={!complete}>
            Create key
          </Button>
        </Group>
      </form>
    </Card>
  );
}
