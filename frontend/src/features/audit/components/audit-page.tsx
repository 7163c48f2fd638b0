import { Card } from '@mantine/core';
import { useState } from 'react';

import { PageHeader } from '@/components/page-header';

import { useAuditPage } from '../hooks/use-audit';
import { AuditTrail } from './audit-trail';

/** The organisation's own audit trail. */
export function AuditPage() {
  const [page, setPage] = useState(0);
  const trail = useAuditPage(page);
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Who created or revoked your API keys, and every change a platform admin made for your organisation."
      />
      <Card p={0}>
        <AuditTrail trail={trail} onPage={setPage} />
      </Card>
    </>
  );
}
