package dev.synthesis.app.admin;

import dev.synthesis.app.apikey.ApiKeys;
import dev.synthesis.app.audit.AuditTrail;
import dev.synthesis.app.quota.TenantUsages;
import dev.synthesis.app.tenancy.NewTenant;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantView;
import dev.synthesis.app.tenancy.Tenants;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** The tenant directory as platform admins see and change it: every tenant, with its jobs. */
@Service
public class AdminTenants {

    private final Tenants tenants;
    private final AdminJobs jobs;

    private final AuditTrail audit;
    private final TenantUsages usages;
    private final ApiKeys keys;

    AdminTenants(Tenants tenants, AdminJobs jobs, AuditTrail audit, TenantUsages usages, ApiKeys keys) {
        this.tenants = tenants;
        this.jobs = jobs;
        this.audit = audit;
        this.usages = usages;
        this.keys = keys;
    }

    /** Every tenant, by id. */
    public List<TenantOverview> all() {
        List<TenantView> directory = asAdmin(tenants::all);
        Map<TenantId, List<RunningJob>> jobsByTenant = jobs.of(directory).stream()
                .collect(Collectors.groupingBy(RunningJob::tenantId));
        return directory.stream().map(tenant -> overview(tenant, jobsByTenant.getOrDefault(tenant.id(), List.of()))).toList();
    }

    public TenantOverview get(TenantId id) {
        return overview(asAdmin(() -> tenants.get(id)));
    }

    public TenantOverview create(NewTenant tenant, String admin) {
        TenantView created = asAdmin(() -> tenants.create(tenant, admin));
        audit.recordFor(created.id(), "tenant.created", created.id().value(), Map.of("name", created.name()));
        return overview(created);
    }

    public TenantOverview suspend(TenantId id, String admin) {
        TenantView suspended = asAdmin(() -> tenants.suspend(id, admin));
        audit.recordFor(id, "tenant.suspended", id.value(), Map.of());
        return overview(suspended);
    }

    public TenantOverview resume(TenantId id) {
        TenantView resumed = asAdmin(() -> tenants.resume(id));
        audit.recordFor(id, "tenant.resumed", id.value(), Map.of());
        return overview(resumed);
    }

    private TenantOverview overview(TenantView tenant) {
        return overview(tenant, jobs.of(List.of(tenant)));
    }

    /** The one place an overview is put together, for one tenant or for the whole directory. */
    private TenantOverview overview(TenantView tenant, List<RunningJob> jobs) {
        long activeKeys = TenantContext.callAs(tenant.id(), keys::activeCount);
        return new TenantOverview(tenant, JobCounts.of(jobs), TenantFigures.of(usages.usageOf(tenant.id()), activeKeys));
    }

    private static <T> T asAdmin(Supplier<T> work) {
        return TenantContext.callAsPlatformAdmin(work);
    }
}
