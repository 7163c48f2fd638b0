package dev.synthesis.app.apikey;

import dev.synthesis.app.apikey.internal.ApiKeyLookup;
import dev.synthesis.app.apikey.internal.ApiKeySecret;
import dev.synthesis.app.apikey.internal.KeyOnRecord;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Admits a bearer token that is an API key: known, not revoked and not expired, checked against
 * the database on every request. A refusal says which of the three it was, as the 401's detail.
 */
@Component
public class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final ApiKeyLookup lookup;
    private final Clock clock;

    ApiKeyAuthenticationProvider(ApiKeyLookup lookup, Clock clock) {
        this.lookup = lookup;
        this.clock = clock;
    }

    /** Whether a bearer token is meant as an API key (anything else is a Keycloak token). */
    public static boolean handles(String bearerToken) {
        return bearerToken.startsWith(ApiKeySecret.MARK);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        ApiKeySecret key = ApiKeySecret.parse(token).orElseThrow(ApiKeyAuthenticationProvider::unknown);
        KeyOnRecord found = lookup.find(key).orElseThrow(ApiKeyAuthenticationProvider::unknown);
        Instant now = clock.instant();
        if (found.revokedAt() != null) {
            throw new InvalidBearerTokenException("this API key was revoked");
        }
        if (found.expiresAt() != null && !now.isBefore(found.expiresAt())) {
            throw new InvalidBearerTokenException("this API key expired on " + found.expiresAt());
        }
        lookup.markUsed(found, now);
        return new ApiKeyAuthentication(key.prefix(), found.tenant(), found.scopes());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static InvalidBearerTokenException unknown() {
        return new InvalidBearerTokenException("unknown API key");
    }
}
