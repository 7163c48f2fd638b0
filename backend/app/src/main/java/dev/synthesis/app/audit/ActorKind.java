package dev.synthesis.app.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * How the actor of an event had authenticated: as a Keycloak user, as a user with the platform-admin
 * role, with an API key, or not at all (the platform itself).
 */
public enum ActorKind {
    USER,
    ADMIN,
    API_KEY,
    SYSTEM;

    /** API keys carry this role (see the apikey feature); users never do. */
    private static final String API_KEY_ROLE = "ROLE_api-key";
    /** Keycloak's realm role of platform admins, as Spring sees it; keys never carry it. */
    private static final String ADMIN_ROLE = "ROLE_platform-admin";

    static ActorKind of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        if (hasAuthority(authentication, API_KEY_ROLE)) {
            return API_KEY;
        }
        return hasAuthority(authentication, ADMIN_ROLE) ? ADMIN : USER;
    }

    private static boolean hasAuthority(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
