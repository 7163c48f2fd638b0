import { Button, Card, Collapse, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';

import { PageHeader } from '@/components/page-header';

import type { CreatedApiKey } from '../api/api-keys-api';
import { ApiKeyTable } from './api-key-table';
import { CreateApiKeyForm } from './create-api-key-form';
import { NewKeySecret } from './new-key-secret';

/** The tenant's API keys: create one (its secret shown once), see when each was last used, revoke. */
export function ApiKeysPage() {
  const [formShown, { toggle, close }] = useDisclosure(false);
  // the only place a secret lives, until its dialog closes
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let programs call the API for your organisation. Synthesis stores only a hash of each key and shows the key once, when it is created."
        actions={
          <Button onClick={toggle} variant={formShown ? 'default' : 'filled'} aria-expanded={formShown}>
            {formShown ? 'Close the form' : 'New key'}
          </Button>
        }
      />
      <Stack gap="lg">
        <Collapse expanded={formShown}>
          <CreateApiKeyForm
            onCreated={(key) => {
              close();
              setCreated(key);
            }}
          />
        </Collapse>
        <Card p={0}>
          <ApiKeyTable />
        </Card>
      </Stack>
      <NewKeySecret created={created} onClose={() => setCreated(null)} />
    </>
  );
}
