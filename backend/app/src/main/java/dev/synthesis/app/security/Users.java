package dev.synthesis.app.security;

import dev.synthesis.app.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** Reads the caller from a verified token or API key. */
public final class Users {

    private static final String ROLE = "ROLE_";

    private Users() {}

    /** A Keycloak user as its token says; any other caller (an API key) by its name, tenant and roles. */
    public static CurrentUser from(Authentication caller) {
        if (caller instanceof JwtAuthenticationToken jwt) {
            return RealmRoles.currentUser(jwt.getToken());
        }
        return new CurrentUser(caller.getName(), TenantContext.require().value(), caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(ROLE))
                .map(authority -> authority.substring(ROLE.length()))
                .toList());
    }
}
