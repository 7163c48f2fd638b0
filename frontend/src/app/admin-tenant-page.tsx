import { useParams } from 'react-router';

import { QuotaEditor } from '@/features/admin/components/quota-editor';
import { TenantOverview } from '@/features/admin/components/tenant-overview';
import { TenantUsage } from '@/features/usage/components/tenant-usage';
import { useRefreshTenantUsage } from '@/features/usage/hooks/use-usage';

/** One tenant for platform admins: its state, its usage against its limits, and the limits to change. */
export function AdminTenantPage() {
  const { tenantId = '' } = useParams();
  const refreshUsage = useRefreshTenantUsage(tenantId);
  return (
    <TenantOverview tenantId={tenantId}>
      <TenantUsage tenantId={tenantId} />
      <QuotaEditor tenantId={tenantId} onSaved={refreshUsage} />
    </TenantOverview>
  );
}
