package dev.synthesis.app.apikey;

import dev.synthesis.app.tenancy.TenantAuthentication;
import dev.synthesis.app.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request made with a valid API key. Its name is {@code key:<prefix>}, which the audit trail and
 * rate limits use; its authorities are {@code ROLE_api-key} and {@code SCOPE_<scope>} for each
 * scope the key's scopes include. It never carries a realm role such as platform-admin.
 */
public final class ApiKeyAuthentication extends AbstractAuthenticationToken implements TenantAuthentication {

    public static final String ROLE = "ROLE_api-key";

    private final String prefix;
    private final TenantId tenant;
    private final Set<ApiKeyScope> scopes;

    ApiKeyAuthentication(String prefix, TenantId tenant, Set<ApiKeyScope> scopes) {
        super(authorities(scopes));
        this.prefix = prefix;
        this.tenant = tenant;
        this.scopes = Set.copyOf(scopes);
        setAuthenticated(true);
    }

    /** Whether one of the key's scopes includes {@code needed}. */
    public boolean allows(ApiKeyScope needed) {
        return scopes.stream().anyMatch(scope -> scope.includes(needed));
    }

    @Override
    public TenantId tenant() {
        return tenant;
    }

    @Override
    public String getName() {
        return "key:" + prefix;
    }

    @Override
    public Object getPrincipal() {
        return getName();
    }

    /** The secret is not kept once the key is verified. */
    @Override
    public Object getCredentials() {
        return "";
    }

    private static List<GrantedAuthority> authorities(Set<ApiKeyScope> scopes) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(ROLE));
        Arrays.stream(ApiKeyScope.values())
                .filter(implied -> scopes.stream().anyMatch(scope -> scope.includes(implied)))
                .map(implied -> new SimpleGrantedAuthority("SCOPE_" + implied.value()))
                .forEach(authorities::add);
        return authorities;
    }
}
