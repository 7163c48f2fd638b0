import { Button, Card, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useSearchParams } from 'react-router';

import { PageHeader } from '@/components/page-header';

import { CreateDeploymentForm } from './create-deployment-form';
import { DeploymentList } from './deployment-list';

/** The tenant's deployments, and a form to deploy a schema (opened at once when a schema page links here). */
export function DeploymentsPage() {
  const [search] = useSearchParams();
  const schemaId = search.get('schema') ?? undefined;
  const [formShown, { toggle }] = useDisclosure(schemaId !== undefined);
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
        <Card p={0}>
          <DeploymentList />
        </Card>
      </Stack>
    </>
  );
}
