package dev.synthesis.app.quota;

import dev.synthesis.app.quota.internal.UsageCounters;
import dev.synthesis.app.quota.internal.UsageRows;
import dev.synthesis.app.tenancy.RegisteredTenants;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import dev.synthesis.app.tenancy.TenantNotFound;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads a tenant's usage against its limits: for the tenant itself, and for platform admins. */
@Service
public class TenantUsages {

    private final UsageRows rows;
    private final TenantQuotas quotas;
    private final List<ActiveJobs> activeJobs;
    private final RegisteredTenants tenants;
    private final TransactionTemplate transactions;

    TenantUsages(UsageRows rows, TenantQuotas quotas, List<ActiveJobs> activeJobs, RegisteredTenants tenants,
            TransactionTemplate transactions) {
        this.rows = rows;
        this.quotas = quotas;
        this.activeJobs = activeJobs;
        this.tenants = tenants;
        this.transactions = transactions;
    }

    /** The calling tenant's usage. */
    public TenantUsage current() {
        return usageOf(TenantContext.require());
    }

    /** A registered tenant's usage (rows today and this month, storage, jobs queued or running, ...), or {@link TenantNotFound}. */
    public TenantUsage usageOf(TenantId tenant) {
        if (!tenants.exists(tenant)) {
            throw new TenantNotFound(tenant);
        }
        return TenantContext.callAs(tenant, () -> transactions.execute(status -> {
            TenantQuota limits = quotas.of(tenant);
            UsageCounters usage = rows.read(tenant).current();
            long jobs = activeJobs.stream().mapToLong(ActiveJobs::queuedOrRunning).sum();
            List<TenantUsage.Item> items = Arrays.stream(Limit.values())
                    .map(limit -> new TenantUsage.Item(limit, limit.label(), limits.value(limit),
                            limit == Limit.CONCURRENT_JOBS ? Long.valueOf(jobs) : usage.used(limit), limit.unit(), usage.resetsAt(limit)))
                    .toList();
            return new TenantUsage(tenant.value(), items);
        }));
    }
}
