import { Button, Card, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';

import { PageHeader } from '@/components/page-header';

import { CreateTenantForm } from './create-tenant-form';
import { TenantTable } from './tenant-table';

/** The platform's tenants: their usage and state, a form for a new one, suspend and resume. */
export function TenantsPage() {
  const [formShown, { toggle }] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title="Tenants"
        description="Every organisation on the platform, what it uses today and this month, and its jobs and keys."
        actions={
          <Button onClick={toggle} variant={formShown ? 'default' : 'filled'} aria-expanded={formShown}>
            {formShown ? 'Close the form' : 'New tenant'}
          </Button>
        }
      />
      <Stack gap="lg">
        <Collapse expanded={formShown}>
          <CreateTenantForm />
        </Collapse>
        <Card p={0}>
          <TenantTable />
        </Card>
      </Stack>
    </>
  );
}
