package dev.synthesis.app.quota;

import java.time.Instant;

/**
 * A platform admin changed a tenant's limits. Published in the transaction that stores them, for
 * whatever must follow such a change (the rate limits' cache, the audit log).
 *
 * @param before the limits in force until then
 * @param after  the limits in force from now on
 */
public record TenantQuotasChanged(String tenantId, String admin, TenantQuota before, TenantQuota after, Instant at) {}
