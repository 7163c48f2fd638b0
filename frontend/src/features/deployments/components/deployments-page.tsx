import { Button, Card, Collapse, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/page-header';

import { CreateDeploymentForm } from './create-deployment-form';

/** The tenant's deployments, and a form to deploy a schema (opened at once when a schema page links here). */
export function DeploymentsPage() {
  const [search] = useSearchParams();
  const schemaId = search.get('schema') ?? undefined;
  const [formShown, { toggle }] = useDisclosure(true);
  return (
    <>
      <PageHeader
        title="Deployments"
        description="A deployment produces one batch of a schema's rows a day, for as many days as you ask."
        actions={
          <Button onClick={toggle} variant={formShown ? 'default' : 'filled'} aria-expanded={formShown}>
            {formShown ? 'Close the form' : 'New deployment'}
          </Button>
        }
      />
      <Stack gap="lg">
        <Collapse expanded={formShown}>
          <CreateDeploymentForm initialSchemaId={schemaId} />
        </Collapse>
        {/* GAP (issue 11): the list needs GET /api/deployments, which the server does not offer yet */}
        <Card>
          <Text c="dimmed" size="sm">
            A deployment opens on its own page once created; keep its address to come back to it.
          </Text>
        </Card>
      </Stack>
    </>
  );
}
