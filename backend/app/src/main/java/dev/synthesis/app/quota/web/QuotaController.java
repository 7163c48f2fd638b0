package dev.synthesis.app.quota.web;

import dev.synthesis.app.quota.QuotaUpdate;
import dev.synthesis.app.quota.TenantQuota;
import dev.synthesis.app.quota.TenantQuotas;
import dev.synthesis.app.quota.TenantUsage;
import dev.synthesis.app.quota.TenantUsages;
import dev.synthesis.app.tenancy.TenantId;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/**} is for platform admins only (see the security configuration). */
@RestController
class QuotaController {

    private final TenantQuotas quotas;
    private final TenantUsages usages;

    QuotaController(TenantQuotas quotas, TenantUsages usages) {
        this.quotas = quotas;
        this.usages = usages;
    }

    @GetMapping("/api/quotas")
    TenantQuota mine() {
        return quotas.current();
    }

    /** The calling tenant's usage against each of its limits. */
    @GetMapping("/api/usage")
    TenantUsage myUsage() {
        return usages.current();
    }

    @GetMapping("/api/admin/tenants/{tenant}/quotas")
    TenantQuota of(@PathVariable String tenant) {
        return quotas.ofRegistered(new TenantId(tenant));
    }

    /** Sets every limit of the tenant at once: a null (or missing) limit returns it to the platform default. */
    @PutMapping("/api/admin/tenants/{tenant}/quotas")
    TenantQuota set(@PathVariable String tenant, @Valid @RequestBody QuotaUpdate update, Authentication admin) {
        return quotas.set(new TenantId(tenant), update, admin.getName());
    }

    @GetMapping("/api/admin/tenants/{tenant}/usage")
    TenantUsage usageOf(@PathVariable String tenant) {
        return usages.usageOf(new TenantId(tenant));
    }
}
