import { BrowserRouter, Navigate, Route, Routes } from 'react-router';

import { SchemasPage } from '@/features/schemas/components/schemas-page';

import { AppLayout } from './app-layout';

export function AppRouter() {
  return (
    <BrowserRouter>
      <Routes>
        <Route element={<AppLayout />}>
          <Route index element={<Navigate to="/schemas" replace />} />
          <Route path="schemas" element={<SchemasPage />} />
          <Route path="*" element={<Navigate to="/schemas" replace />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
