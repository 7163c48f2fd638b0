import { useEffect, useRef, type ReactNode } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';

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
      <div role="alert" className="problem-alert">
        <p className="problem-alert__title">Sign-in failed</p>
        <p>{auth.error.message}</p>
        <button type="button" onClick={() => void auth.signinRedirect({ state: { returnTo: '/' } })}>
          Try again
        </button>
      </div>
    );
  }
  if (!auth.isAuthenticated) {
    return <p role="status">Signing in…</p>;
  }
  return children;
}
