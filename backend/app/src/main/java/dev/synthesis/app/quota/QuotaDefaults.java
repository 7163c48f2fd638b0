package dev.synthesis.app.quota;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits for tenants an admin has not given limits of their own.
 *
 * @param maxSeedBytes largest seed file a tenant may upload (256 MiB)
 */
@Validated
@ConfigurationProperties("synthesis.quotas")
public record QuotaDefaults(@DefaultValue("268435456") @Positive long maxSeedBytes) {}
