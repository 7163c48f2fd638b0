import { User } from 'oidc-client-ts';
import { afterEach, describe, expect, it } from 'vitest';

import { restoreLocationAfterLogin } from './auth';

function userWithState(state: unknown): User {
  return new User({
    access_token: 'a',
    token_type: 'Bearer',
    profile: { sub: 'alice', iss: 'i', aud: 'c', exp: 0, iat: 0 },
    userState: state,
  });
}

describe('restoreLocationAfterLogin', () => {
  afterEach(() => {
    window.history.replaceState({}, '', '/');
  });

  it('returnsToThePageTheUserAskedFor', () => {
    // given Keycloak redirected back with code and state
    window.history.replaceState({}, '', '/?code=abc&state=xyz');

    // when the sign-in completes with the remembered page
    restoreLocationAfterLogin(userWithState({ returnTo: '/schemas?page=2' }));

    // then the address is that page, without code or state
    expect(`${window.location.pathname}${window.location.search}`).toBe('/schemas?page=2');
  });

  it('refusesToReturnToAnotherOrigin', () => {
    // given a tampered state that points elsewhere
    window.history.replaceState({}, '', '/?code=abc');

    // when the sign-in completes
    restoreLocationAfterLogin(userWithState({ returnTo: '//evil.example/' }));

    // then the user lands on the app's root
    expect(`${window.location.pathname}${window.location.search}`).toBe('/');
  });
});
