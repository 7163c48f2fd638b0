package dev.synthesis.app.privacy;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The privacy budget each of a tenant's seeds gets (unless an admin gave a seed its own).
 *
 * @param seedEpsilon    the ε in force: the tenant's own, else the platform default
 * @param seedDelta      the δ in force: the tenant's own, else the platform default
 * @param ownSeedEpsilon the ε an admin set for the tenant; null when it has the platform default
 * @param ownSeedDelta   the δ an admin set for the tenant; null when it has the platform default
 * @param updatedBy      the admin who last set them; null if none ever did
 */
public record TenantPrivacyBudget(String tenantId, double seedEpsilon, double seedDelta, @Nullable Double ownSeedEpsilon,
        @Nullable Double ownSeedDelta, @Nullable String updatedBy, @Nullable Instant updatedAt) {}
