import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';

import type { RuntimeConfig } from '@/config/runtime-config';

/** What the login redirect carries through Keycloak so the user lands where they wanted. */
export interface LoginState {
  returnTo: string;
}

function appRoot(): string {
  return `${window.location.origin}/`;
}

/**
 * Authorization code flow with PKCE (oidc-client-ts always sends an S256 challenge). Tokens are
 * renewed before they expire with the refresh token Keycloak issues to public clients.
 */
export function createUserManager(config: RuntimeConfig): UserManager {
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: appRoot(),
    post_logout_redirect_uri: appRoot(),
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

export function currentLocation(): string {
  const { pathname, search, hash } = window.location;
  return `${pathname}${search}${hash}`;
}

function isLoginState(value: unknown): value is LoginState {
  return typeof value === 'object' && value !== null && typeof (value as LoginState).returnTo === 'string';
}

/** Drops the code and state from the address bar and restores the page the user asked for. */
export function restoreLocationAfterLogin(user: User | undefined): void {
  const state = user?.state;
  // Only same-origin paths: "//host" would be read as another origin.
  const returnTo = isLoginState(state) && /^\/(?!\/)/.test(state.returnTo) ? state.returnTo : '/';
  window.history.replaceState({}, document.title, returnTo);
}
