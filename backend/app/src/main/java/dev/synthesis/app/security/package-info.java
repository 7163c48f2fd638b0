/** The API as an OAuth2 resource server: Keycloak tokens with the right issuer, audience and tenant, or 401. */
package dev.synthesis.app.security;
