/**
 * The API as an OAuth2 resource server: Keycloak tokens with the right issuer, audience and tenant,
 * or API keys, else 401; and who may call what (realm roles for users, scopes for keys), else 403.
 */
package dev.synthesis.app.security;
