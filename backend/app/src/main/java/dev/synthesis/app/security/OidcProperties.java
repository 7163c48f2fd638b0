package dev.synthesis.app.security;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where tokens come from and whom they must be for.
 *
 * @param issuerUri  the Keycloak realm URL tokens must name as {@code iss}
 * @param jwkSetUri  where the realm's signing keys are published
 * @param audience   the {@code aud} value a token must carry to be accepted here
 */
@Validated
@ConfigurationProperties("synthesis.oidc")
public record OidcProperties(@NotBlank String issuerUri, @NotBlank String jwkSetUri, @NotBlank String audience) {}
