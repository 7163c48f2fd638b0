package dev.synthesis.app.quota.web;

import dev.synthesis.app.quota.QuotaUpdate;
import dev.synthesis.app.quota.TenantQuota;
import dev.synthesis.app.quota.TenantQuotas;
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

    QuotaController(TenantQuotas quotas) {
        this.quotas = quotas;
    }

    @GetMapping("/api/quotas")
    TenantQuota mine() {
        return quotas.current();
    }

    @GetMapping("/api/admin/tenants/{tenant}/quotas")
    TenantQuota of(@PathVariable String tenant) {
        return quotas.of(new TenantId(tenant));
    }

    @PutMapping("/api/admin/tenants/{tenant}/quotas")
    TenantQuota set(@PathVariable String tenant, @Valid @RequestBody QuotaUpdate update, Authentication admin) {
        return quotas.set(new TenantId(tenant), update, admin.getName());
    }
}
