package dev.synthesis.app.security;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.util.List;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/** A token passes only with our issuer, our audience, a valid time window and a tenant. */
final class TokenValidators {

    private TokenValidators() {}

    static OAuth2TokenValidator<Jwt> forApi(OidcProperties oidc) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(oidc.issuerUri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audiences -> audiences != null && audiences.contains(oidc.audience())),
                new JwtClaimValidator<String>(TenantContext.CLAIM, TenantId::isValid));
    }
}
