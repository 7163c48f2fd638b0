package dev.synthesis.app.spa;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * What the browser needs to log in.
 *
 * @param issuer   the Keycloak realm URL as the browser reaches it
 * @param clientId the public SPA client
 */
@Validated
@ConfigurationProperties("synthesis.spa")
public record SpaProperties(@NotBlank String issuer, @NotBlank String clientId) {}
