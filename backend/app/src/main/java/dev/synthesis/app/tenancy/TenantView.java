package dev.synthesis.app.tenancy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A tenant as platform admins see it.
 *
 * @param createdBy   the admin who created it; null when it registered itself on its first user's call
 * @param suspendedAt when it was suspended; null while it is active
 * @param suspendedBy the admin who suspended it; null while it is active
 */
public record TenantView(TenantId id, String name, TenantStatus status, Instant createdAt, @Nullable String createdBy,
        @Nullable Instant suspendedAt, @Nullable String suspendedBy) {}
