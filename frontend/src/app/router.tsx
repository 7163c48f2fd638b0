import { BrowserRouter, Navigate, Route, Routes } from 'react-router';

import { NotFoundPage } from '@/components/not-found-page';
import { DeploymentPage } from '@/features/deployments/components/deployment-page';
import { DeploymentsPage } from '@/features/deployments/components/deployments-page';
import { JobPage } from '@/features/generation/components/job-page';
import { JobsPage } from '@/features/generation/components/jobs-page';
import { EditSchemaPage } from '@/features/schemas/components/edit-schema-page';
import { NewSchemaPage } from '@/features/schemas/components/new-schema-page';
import { SchemaHistoryPage } from '@/features/schemas/components/schema-history-page';
import { SchemasPage } from '@/features/schemas/components/schemas-page';
import { SeedDetailPage } from '@/features/seeds/components/seed-detail-page';
import { SeedValidationPage } from '@/features/seeds/components/seed-validation-page';
import { SeedsPage } from '@/features/seeds/components/seeds-page';

import { AppLayout } from './app-layout';
import { DashboardPage } from './dashboard-page';
import { SchemaPage } from './schema-page';
import { SeedSchemaPage } from './seed-page';

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
          <Route path="jobs" element={<JobsPage />} />
          <Route path="jobs/:jobId" element={<JobPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="deployments" element={<DeploymentsPage />} />
          <Route path="deployments/:deploymentId" element={<DeploymentPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
