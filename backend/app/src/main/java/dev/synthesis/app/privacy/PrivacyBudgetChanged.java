package dev.synthesis.app.privacy;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A platform admin changed a tenant's budget per seed, or one seed's own budget. Published in the
 * transaction that stores it, for the audit log.
 *
 * @param seedId null for the tenant's budget per seed
 */
public record PrivacyBudgetChanged(String tenantId, @Nullable UUID seedId, String admin, double epsilonBefore,
        double deltaBefore, double epsilonAfter, double deltaAfter, Instant at) {}
