package dev.synthesis.app.quota;

import dev.synthesis.app.quota.internal.StoredQuota;
import dev.synthesis.app.quota.internal.QuotaValidation;
import dev.synthesis.app.quota.internal.StoredQuotas;
import dev.synthesis.app.tenancy.RegisteredTenants;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantNotFound;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each tenant's limits: its own where an admin set them, the platform defaults otherwise. Reads and
 * writes run as the tenant concerned, so row-level security applies to the admin's writes too.
 */
@Service
public class TenantQuotas {

    private final StoredQuotas stored;
    private final QuotaDefaults defaults;
    private final QuotaValidation validation;
    private final RegisteredTenants tenants;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TenantQuotas(StoredQuotas stored, QuotaDefaults defaults, QuotaValidation validation, RegisteredTenants tenants,
            TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
        this.stored = stored;
        this.defaults = defaults;
        this.validation = validation;
        this.tenants = tenants;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The calling tenant's limits. */
    public TenantQuota current() {
        return of(TenantContext.require());
    }

    /** A tenant's limits; the defaults for a tenant nobody set limits for, registered or not. */
    public TenantQuota of(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> transactions.execute(status ->
                view(tenant, stored.findById(tenant.value()).orElse(null))));
    }

    /** A registered tenant's limits, or {@link TenantNotFound}: what a platform admin looks up. */
    public TenantQuota ofRegistered(TenantId tenant) {
        requireRegistered(tenant);
        return of(tenant);
    }

    /**
     * Sets all of a registered tenant's limits (a platform admin's action) and publishes
     * {@link TenantQuotasChanged}; invalid limits are refused with {@link InvalidQuotas}.
     */
    public TenantQuota set(TenantId tenant, QuotaUpdate update, String admin) {
        validation.check(update);
        requireRegistered(tenant);
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            StoredQuota quota = stored.findById(tenant.value()).orElse(null);
            TenantQuota before = view(tenant, quota);
            // as PostgreSQL keeps it, so the answer says what a later read will
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            StoredQuota changed = quota != null ? quota : new StoredQuota(tenant.value());
            changed.set(update, admin, now);
            TenantQuota after = view(tenant, stored.save(changed));
            events.publishEvent(new TenantQuotasChanged(tenant.value(), admin, before, after, now));
            return after;
        }));
    }

    private void requireRegistered(TenantId tenant) {
        if (!tenants.exists(tenant)) {
            throw new TenantNotFound(tenant);
        }
    }

    private TenantQuota view(TenantId tenant, StoredQuota quota) {
        return quota == null
                ? TenantQuota.resolve(tenant.value(), QuotaUpdate.none(), defaults, null, null)
                : TenantQuota.resolve(tenant.value(), quota.limits(), defaults, quota.updatedBy(), quota.updatedAt());
    }
}
