import { Button, Card, Group, Stack, TextInput } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/page-header';

import { useAllAuditPage } from '../hooks/use-audit';
import { AuditTrail } from './audit-trail';

/** Narrows the trail to one tenant; the tenant lives in the address, so a tenant's page can link here. */
function TenantFilter({ tenantId, onChange }: { tenantId: string; onChange: (tenantId: string) => void }) {
  const [draft, setDraft] = useState(tenantId);
  const submit = (event: SyntheticEvent<HTMLFormElement, SubmitEvent>) => {
    event.preventDefault();
    onChange(draft.trim());
  };
  return (
    <form onSubmit={submit} aria-label="Filter by tenant">
      <Group align="flex-end" gap="sm">
        <TextInput
          label="Tenant"
          description="A tenant id; empty for every tenant."
          value={draft}
          onChange={(event) => setDraft(event.currentTarget.value)}
        />
        <Button type="submit" variant="default">
          Show
        </Button>
      </Group>
    </form>
  );
}

/** Every tenant's audit trail for platform admins, or one tenant's. */
export function AllAuditPage() {
  const [search, setSearch] = useSearchParams();
  const tenantId = search.get('tenant') ?? '';
  const [page, setPage] = useState(0);
  const trail = useAllAuditPage(tenantId || undefined, page);
  const filter = (next: string) => {
    setPage(0);
    setSearch(next ? { tenant: next } : {});
  };
  return (
    <>
      <PageHeader
        title="Audit trail of all tenants"
        description="Every admin action and every API key created or revoked, across tenants."
      />
      <Stack gap="lg">
        <TenantFilter key={tenantId} tenantId={tenantId} onChange={filter} />
        <Card p={0}>
          <AuditTrail trail={trail} onPage={setPage} withTenant />
        </Card>
      </Stack>
    </>
  );
}
