import { useParams } from 'react-router';

import { PrivacyBudgetEditor } from '@/features/admin/components/privacy-budget-editor';
import { QuotaEditor } from '@/features/admin/components/quota-editor';
import { TenantOverview } from '@/features/admin/components/tenant-overview';
import { TenantUsage } from '@/features/usage/components/tenant-usage';
import { useRefreshTenantUsage } from '@/features/usage/hooks/use-usage';

/** One tenant for platform admins: its state, its usage against its limits, the limits and the privacy budget to change. */
export function AdminTenantPage() {
  const { tenantId = '' } = useParams();
  const refreshUsage = useRefreshTenantUsage(tenantId);
  return (
    <TenantOverview tenantId={tenantId}>
      <TenantUsage tenantId={tenantId} />
      <QuotaEditor tenantId={tenantId} onSaved={refreshUsage} />
      <PrivacyBudgetEditor tenantId={tenantId} />
    </TenantOverview>
  );
}
