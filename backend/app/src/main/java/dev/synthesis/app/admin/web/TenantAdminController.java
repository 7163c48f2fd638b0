package dev.synthesis.app.admin.web;

import dev.synthesis.app.admin.AdminTenants;
import dev.synthesis.app.admin.TenantOverview;
import dev.synthesis.app.tenancy.NewTenant;
import dev.synthesis.app.tenancy.TenantId;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/tenants")
class TenantAdminController {

    private final AdminTenants tenants;

    TenantAdminController(AdminTenants tenants) {
        this.tenants = tenants;
    }

    /** Every tenant, by id, with its running and queued jobs. */
    @GetMapping
    List<TenantOverview> all() {
        return tenants.all();
    }

    @GetMapping("/{id}")
    TenantOverview get(@PathVariable String id) {
        return tenants.get(new TenantId(id));
    }

    /** Creates a tenant before its first user signs in (409 if the id is taken). */
    @PostMapping
    ResponseEntity<TenantOverview> create(@Valid @RequestBody NewTenant tenant, Authentication admin) {
        TenantOverview created = tenants.create(tenant, admin.getName());
        return ResponseEntity.created(URI.create("/api/admin/tenants/" + tenant.id())).body(created);
    }

    /** Its users and API keys get 403 on every call until it is resumed; its jobs already running or queued go on. */
    @PostMapping("/{id}/suspend")
    TenantOverview suspend(@PathVariable String id, Authentication admin) {
        return tenants.suspend(new TenantId(id), admin.getName());
    }

    @PostMapping("/{id}/resume")
    TenantOverview resume(@PathVariable String id) {
        return tenants.resume(new TenantId(id));
    }
}
