package dev.synthesis.app.tenancy;

import dev.synthesis.app.tenancy.internal.TenantRecord;
import dev.synthesis.app.tenancy.internal.TenantRecords;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant directory and each tenant's lifecycle. Row-level security decides what a call sees:
 * a tenant its own row only, a platform admin every row, and then only when the call runs inside
 * {@link TenantContext#callAsPlatformAdmin}, which the admin API does and nothing else should.
 */
@Service
public class Tenants {

    /** The platform admins' own tenant: suspending it would lock every admin out. */
    public static final TenantId PLATFORM = new TenantId("platform");

    private final TenantRecords records;
    private final Clock clock;

    Tenants(TenantRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    /** Every tenant the caller may see, by id. */
    @Transactional(readOnly = true)
    public List<TenantView> all() {
        return records.findAllByOrderByIdAsc().stream().map(TenantRecord::view).toList();
    }

    @Transactional(readOnly = true)
    public TenantView get(TenantId id) {
        return find(id).view();
    }

    /** Adds a tenant before any of its users signs in; its users' first call then finds it. */
    @Transactional
    public TenantView create(NewTenant tenant, String admin) {
        TenantId id = new TenantId(tenant.id());
        if (records.insertIfAbsent(id.value(), tenant.name(), clock.instant(), admin) == 0) {
            throw TenantConflict.exists(id);
        }
        return get(id);
    }

    /** From now on every API call of the tenant's users and keys answers {@link TenantSuspended}. */
    @Transactional
    public TenantView suspend(TenantId id, String admin) {
        if (PLATFORM.equals(id)) {
            throw TenantConflict.platform();
        }
        TenantRecord tenant = find(id);
        tenant.suspend(admin, clock.instant());
        return tenant.view();
    }

    @Transactional
    public TenantView resume(TenantId id) {
        TenantRecord tenant = find(id);
        tenant.resume();
        return tenant.view();
    }

    /** Read on every request of the tenant (its own row, no admin rights needed), so a resume counts at once on every instance. */
    @Transactional(readOnly = true)
    public boolean isSuspended(TenantId id) {
        return records.findStatusById(id.value()).filter(TenantStatus.SUSPENDED::equals).isPresent();
    }

    private TenantRecord find(TenantId id) {
        return records.findById(id.value()).orElseThrow(() -> new TenantNotFound(id));
    }
}
