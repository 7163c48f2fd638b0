import { Button, Card, Group, SimpleGrid, TextInput, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useNavigate } from 'react-router';

import { ProblemAlert } from '@/components/problem-alert';

import type { NewTenant } from '../api/admin-api';
import { useCreateTenant } from '../hooks/use-admin';

/** Registers a tenant and opens its page, where its limits are set. */
export function CreateTenantForm() {
  const [form, setForm] = useState<NewTenant>({ id: '', name: '' });
  const creation = useCreateTenant();
  const navigate = useNavigate();
  const complete = form.id.trim() !== '' && form.name.trim() !== '';

  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    creation.mutate(
      { id: form.id.trim(), name: form.name.trim() },
      { onSuccess: (tenant) => void navigate(`/admin/tenants/${encodeURIComponent(tenant.id)}`) },
    );
  };

  return (
    <Card component="section" aria-labelledby="new-tenant-heading">
      <Title order={2} size="h3" id="new-tenant-heading" mb="sm">
        New tenant
      </Title>
      <form onSubmit={submit} noValidate aria-labelledby="new-tenant-heading">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label="Tenant id"
            description="The tenant_id its users carry in their sign-in token: up to 63 lower-case letters, digits, - and _. It cannot change later."
            required
            value={form.id}
            onChange={(event) => setForm({ ...form, id: event.currentTarget.value })}
          />
          <TextInput
            label="Name"
            description="The organisation's name, as people know it."
            required
            value={form.name}
            onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
          />
        </SimpleGrid>
        {creation.isError && <ProblemAlert error={creation.error} />}
        <Group mt="md">
          <Button type="submit" loading={creation.isPending} disabled={!complete}>
            Create tenant
          </Button>
        </Group>
      </form>
    </Card>
  );
}
