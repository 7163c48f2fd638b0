package dev.synthesis.app.quota;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tenant's limits in force.
 *
 * @param tenantId     the tenant
 * @param maxSeedBytes largest seed file the tenant may upload
 * @param custom       whether an admin set these limits (false: the platform defaults)
 * @param updatedBy    the admin who set them, null for the defaults
 * @param updatedAt    when they were set, null for the defaults
 */
public record TenantQuota(String tenantId, long maxSeedBytes, boolean custom, @Nullable String updatedBy, @Nullable Instant updatedAt) {}
