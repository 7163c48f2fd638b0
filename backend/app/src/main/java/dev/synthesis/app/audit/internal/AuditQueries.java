package dev.synthesis.app.audit.internal;

import dev.synthesis.app.audit.AuditEvent;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Pages of the trail, newest first (a requested sort is ignored). */
@Component
public class AuditQueries {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

    private final StoredAuditEvents events;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    AuditQueries(StoredAuditEvents events, TransactionTemplate transactions, JsonMapper json) {
        this.events = events;
        this.transactions = transactions;
        this.json = json;
    }

    /** The calling tenant's own trail. */
    public Page<AuditEvent> ofCurrentTenant(Pageable page) {
        String tenant = TenantContext.require().value();
        return transactions.execute(status -> events.findByTenantIdOrderByAtDescIdDesc(tenant, unsorted(page)).map(this::view));
    }

    /**
     * Every tenant's trail, or one tenant's, for platform admins: the only read that turns on the
     * table's platform-admin policy. Callers must be admin endpoints.
     */
    public Page<AuditEvent> acrossTenants(Optional<TenantId> tenant, Pageable page) {
        return TenantContext.callAsPlatformAdmin(() -> transactions.execute(status -> tenant
                .map(only -> events.findByTenantIdOrderByAtDescIdDesc(only.value(), unsorted(page)))
                .orElseGet(() -> events.findAllByOrderByAtDescIdDesc(unsorted(page)))
                .map(this::view)));
    }

    private AuditEvent view(StoredAuditEvent event) {
        return new AuditEvent(event.id(), event.at(), event.tenantId(), event.actor(), event.actorKind(), event.action(),
                event.target(), json.readValue(event.details(), DETAILS), event.sourceIp());
    }

    private static Pageable unsorted(Pageable page) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize());
    }
}
