package dev.synthesis.app.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** Keycloak puts realm roles under {@code realm_access.roles}; Spring wants them as ROLE_ authorities. */
final class RealmRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    static List<String> of(Jwt jwt) {
        Map<String, Object> realmAccess = jwt.getClaimAsMap("realm_access");
        if (realmAccess == null || !(realmAccess.get("roles") instanceof Collection<?> roles)) {
            return List.of();
        }
        return roles.stream().map(String::valueOf).toList();
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        return of(jwt).stream().<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    static CurrentUser currentUser(Jwt jwt) {
        return new CurrentUser(jwt.getClaimAsString("preferred_username"), jwt.getClaimAsString("tenant_id"), of(jwt));
    }
}
