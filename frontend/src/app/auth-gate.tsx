import { Alert, Button, Text } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';

import { LoadingState } from '@/components/query-state';
import { currentLocation, type LoginState } from '@/lib/auth';

/** Renders its children only for a signed-in user; anyone else is sent to Keycloak's login page. */
export function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  // StrictMode runs effects twice; one redirect is enough.
  const redirecting = useRef(false);
  const mustLogIn =
    !auth.isAuthenticated && !auth.isLoading && !auth.activeNavigator && !auth.error && !hasAuthParams();

  useEffect(() => {
    if (mustLogIn && !redirecting.current) {
      redirecting.current = true;
      const state: LoginState = { returnTo: currentLocation() };
      void auth.signinRedirect({ state });
    }
  }, [mustLogIn, auth]);

  if (auth.error) {
    return (
      <Alert role="alert" color="red" title="Sign-in failed" m="xl">
        <Text size="sm">{auth.error.message}</Text>
        <Button mt="sm" onClick={() => void auth.signinRedirect({ state: { returnTo: '/' } })}>
          Try again
        </Button>
      </Alert>
    );
  }
  if (!auth.isAuthenticated) {
    return <LoadingState label="Signing in…" />;
  }
  return children;
}
