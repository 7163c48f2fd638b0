import { lazy } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';

import { NotFoundPage } from '@/components/not-found-page';

import { AdminOnly } from './admin-only';
import { AppLayout } from './app-layout';

// Each page is its own chunk: the charts of the report and the dashboard load only where they are shown.
const AdminJobsPage = lazy(() =>
  import('@/features/admin/components/admin-jobs-page').then((module) => ({ default: module.AdminJobsPage })),
);
const TenantsPage = lazy(() =>
  import('@/features/admin/components/tenants-page').then((module) => ({ default: module.TenantsPage })),
);
const ApiKeysPage = lazy(() =>
  import('@/features/api-keys/components/api-keys-page').then((module) => ({ default: module.ApiKeysPage })),
);
const AllAuditPage = lazy(() =>
  import('@/features/audit/components/all-audit-page').then((module) => ({ default: module.AllAuditPage })),
);
const AuditPage = lazy(() =>
  import('@/features/audit/components/audit-page').then((module) => ({ default: module.AuditPage })),
);
const DatasetPage = lazy(() =>
  import('@/features/datasets/components/dataset-page').then((module) => ({ default: module.DatasetPage })),
);
const DatasetsPage = lazy(() =>
  import('@/features/datasets/components/datasets-page').then((module) => ({ default: module.DatasetsPage })),
);
const DeploymentPage = lazy(() =>
  import('@/features/deployments/components/deployment-page').then((module) => ({ default: module.DeploymentPage })),
);
const DeploymentsPage = lazy(() =>
  import('@/features/deployments/components/deployments-page').then((module) => ({ default: module.DeploymentsPage })),
);
const JobPage = lazy(() =>
  import('@/features/generation/components/job-page').then((module) => ({ default: module.JobPage })),
);
const JobsPage = lazy(() =>
  import('@/features/generation/components/jobs-page').then((module) => ({ default: module.JobsPage })),
);
const EditSchemaPage = lazy(() =>
  import('@/features/schemas/components/edit-schema-page').then((module) => ({ default: module.EditSchemaPage })),
);
const NewSchemaPage = lazy(() =>
  import('@/features/schemas/components/new-schema-page').then((module) => ({ default: module.NewSchemaPage })),
);
const SchemaHistoryPage = lazy(() =>
  import('@/features/schemas/components/schema-history-page').then((module) => ({ default: module.SchemaHistoryPage })),
);
const SchemasPage = lazy(() =>
  import('@/features/schemas/components/schemas-page').then((module) => ({ default: module.SchemasPage })),
);
const SeedDetailPage = lazy(() =>
  import('@/features/seeds/components/seed-detail-page').then((module) => ({ default: module.SeedDetailPage })),
);
const SeedValidationPage = lazy(() =>
  import('@/features/seeds/components/seed-validation-page').then((module) => ({ default: module.SeedValidationPage })),
);
const SeedsPage = lazy(() =>
  import('@/features/seeds/components/seeds-page').then((module) => ({ default: module.SeedsPage })),
);
const TemplatePage = lazy(() =>
  import('@/features/templates/components/template-page').then((module) => ({ default: module.TemplatePage })),
);
const TemplatesPage = lazy(() =>
  import('@/features/templates/components/templates-page').then((module) => ({ default: module.TemplatesPage })),
);
const UsagePage = lazy(() =>
  import('@/features/usage/components/usage-page').then((module) => ({ default: module.UsagePage })),
);
const AdminTenantPage = lazy(() =>
  import('./admin-tenant-page').then((module) => ({ default: module.AdminTenantPage })),
);
const DashboardPage = lazy(() => import('./dashboard-page').then((module) => ({ default: module.DashboardPage })));
const SchemaPage = lazy(() => import('./schema-page').then((module) => ({ default: module.SchemaPage })));
const SeedSchemaPage = lazy(() => import('./seed-page').then((module) => ({ default: module.SeedSchemaPage })));

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/dashboard" replace />} />
          <Route path="seeds" element={<SeedsPage />} />
          <Route path="seeds/:seedId" element={<SeedDetailPage />} />
          <Route path="seeds/:seedId/schema" element={<SeedSchemaPage />} />
          <Route path="seeds/:seedId/validation" element={<SeedValidationPage />} />
          <Route path="schemas" element={<SchemasPage />} />
          <Route path="schemas/new" element={<NewSchemaPage />} />
          <Route path="schemas/:schemaId" element={<SchemaPage />} />
          <Route path="schemas/:schemaId/edit" element={<EditSchemaPage />} />
          <Route path="schemas/:schemaId/history" element={<SchemaHistoryPage />} />
          <Route path="datasets" element={<DatasetsPage />} />
          <Route path="datasets/:datasetId" element={<DatasetPage />} />
          <Route path="templates" element={<TemplatesPage />} />
          <Route path="templates/:templateId" element={<TemplatePage />} />
          <Route path="jobs" element={<JobsPage />} />
          <Route path="jobs/:jobId" element={<JobPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="deployments" element={<DeploymentsPage />} />
          <Route path="deployments/:deploymentId" element={<DeploymentPage />} />
          <Route path="keys" element={<ApiKeysPage />} />
          <Route path="usage" element={<UsagePage />} />
          <Route path="audit" element={<AuditPage />} />
          <Route path="admin" element={<AdminOnly />}>
            <Route index element={<Navigate to="tenants" replace />} />
            <Route path="tenants" element={<TenantsPage />} />
            <Route path="tenants/:tenantId" element={<AdminTenantPage />} />
            <Route path="jobs" element={<AdminJobsPage />} />
            <Route path="audit" element={<AllAuditPage />} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
