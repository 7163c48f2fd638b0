package dev.synthesis.app.quota;

import jakarta.validation.constraints.Positive;

/**
 * New limits for a tenant.
 *
 * @param maxSeedBytes largest seed file the tenant may upload; null returns the tenant to the platform default
 */
public record QuotaUpdate(@Positive Long maxSeedBytes) {}
