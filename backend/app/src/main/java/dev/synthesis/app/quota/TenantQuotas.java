package dev.synthesis.app.quota;

import dev.synthesis.app.quota.internal.StoredQuota;
import dev.synthesis.app.quota.internal.StoredQuotas;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * Each tenant's limits: its own when an admin set them, the platform defaults otherwise. Reads and
 * writes run as the tenant concerned, so row-level security applies to the admin's writes too.
 */
@Service
public class TenantQuotas {

    private final StoredQuotas stored;
    private final QuotaDefaults defaults;
    private final DataSize uploadCap;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TenantQuotas(StoredQuotas stored, QuotaDefaults defaults,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize uploadCap, TransactionTemplate transactions,
            Clock clock) {
        this.stored = stored;
        this.defaults = defaults;
        this.uploadCap = uploadCap;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The calling tenant's limits. */
    public TenantQuota current() {
        return of(TenantContext.require());
    }

    public TenantQuota of(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> transactions.execute(status ->
                view(tenant, stored.findById(tenant.value()).orElse(null))));
    }

    /** Sets a tenant's limits (a platform admin's action). */
    public TenantQuota set(TenantId tenant, QuotaUpdate update, String admin) {
        Long seedBytes = update.maxSeedBytes();
        if (seedBytes != null && (seedBytes < 1 || seedBytes > uploadCap.toBytes())) {
            throw new IllegalArgumentException("maxSeedBytes must be between 1 and " + uploadCap.toBytes()
                    + " (the server's multipart limit, spring.servlet.multipart.max-file-size), got " + seedBytes);
        }
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            StoredQuota quota = stored.findById(tenant.value()).orElseGet(() -> new StoredQuota(tenant.value()));
            quota.set(seedBytes, admin, clock.instant());
            return view(tenant, stored.save(quota));
        }));
    }

    private TenantQuota view(TenantId tenant, StoredQuota quota) {
        if (quota == null || quota.maxSeedBytes() == null) {
            return new TenantQuota(tenant.value(), defaults.maxSeedBytes(), false, null, null);
        }
        return new TenantQuota(tenant.value(), quota.maxSeedBytes(), true, quota.updatedBy(), quota.updatedAt());
    }
}
