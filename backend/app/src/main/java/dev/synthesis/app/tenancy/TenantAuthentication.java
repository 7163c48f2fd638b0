package dev.synthesis.app.tenancy;

import org.springframework.security.core.Authentication;

/**
 * A caller that is not a Keycloak user but still acts for exactly one tenant, such as a program
 * with an API key. Its authentication names the tenant itself; tenancy reads it through this
 * interface, so it need not know who implements it.
 */
public interface TenantAuthentication extends Authentication {

    TenantId tenant();
}
