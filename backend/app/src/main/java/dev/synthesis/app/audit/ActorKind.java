package dev.synthesis.app.audit;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/** How the actor of an event had authenticated: as a Keycloak user, with an API key, or not at all (the platform itself). */
public enum ActorKind {
    USER,
    API_KEY,
    SYSTEM;

    /** API keys carry this role (see the apikey feature); users never do. */
    private static final String API_KEY_ROLE = "ROLE_api-key";

    static ActorKind of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return SYSTEM;
        }
        return authentication.getAuthorities().stream().anyMatch(granted -> API_KEY_ROLE.equals(granted.getAuthority()))
                ? API_KEY
                : USER;
    }

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
