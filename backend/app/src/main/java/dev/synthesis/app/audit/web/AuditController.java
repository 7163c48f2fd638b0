package dev.synthesis.app.audit.web;

import dev.synthesis.app.audit.AuditEvent;
import dev.synthesis.app.audit.internal.AuditQueries;
import dev.synthesis.app.tenancy.TenantId;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/**} is for platform admins only (see the security configuration). */
@RestController
class AuditController {

    private final AuditQueries queries;

    AuditController(AuditQueries queries) {
        this.queries = queries;
    }

    /** The caller's tenant's audit trail, newest first (a sort parameter is ignored). */
    @GetMapping("/api/audit")
    PagedModel<AuditEvent> mine(Pageable pageable) {
        return new PagedModel<>(queries.ofCurrentTenant(pageable));
    }

    /** Every tenant's audit trail, or the one of {@code tenant}, newest first (a sort parameter is ignored). */
    @GetMapping("/api/admin/audit")
    PagedModel<AuditEvent> all(@RequestParam(required = false) String tenant, Pageable pageable) {
        return new PagedModel<>(queries.acrossTenants(Optional.ofNullable(tenant).map(TenantId::new), pageable));
    }
}
