import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { AuthProvider } from 'react-oidc-context';

import type { RuntimeConfig } from '@/config/runtime-config';
import { ApiClient } from '@/lib/api-client';
import { ApiClientContext } from '@/lib/api-client-context';
import { createUserManager, currentLocation, restoreLocationAfterLogin } from '@/lib/auth';
import { createQueryClient } from '@/lib/query-client';

import { AuthGate } from './auth-gate';
import { AppRouter } from './router';
import { cssVariablesResolver, theme } from './theme';

function createApp(config: RuntimeConfig) {
  const userManager = createUserManager(config);
  const apiClient = new ApiClient({ getAccessToken: async () => (await userManager.getUser())?.access_token });
  const signInAgain = () => void userManager.signinRedirect({ state: { returnTo: currentLocation() } });
  return { userManager, apiClient, queryClient: createQueryClient(signInAgain) };
}

export function App({ config }: { config: RuntimeConfig }) {
  const [{ userManager, apiClient, queryClient }] = useState(() => createApp(config));
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications />
      <AuthProvider userManager={userManager} onSigninCallback={restoreLocationAfterLogin}>
        <AuthGate>
          <ApiClientContext value={apiClient}>
            <QueryClientProvider client={queryClient}>
              <AppRouter />
            </QueryClientProvider>
          </ApiClientContext>
        </AuthGate>
      </AuthProvider>
    </MantineProvider>
  );
}
