package dev.synthesis.app.audit;

import dev.synthesis.app.audit.internal.StoredAuditEvent;
import dev.synthesis.app.audit.internal.StoredAuditEvents;
import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records who did what, when and from where. Who: the authenticated caller's name and kind (user
 * or API key; "system" without one). When: the clock. From where: the client address of the
 * current request as the servlet container reports it ({@code getRemoteAddr}); behind a proxy that
 * is the proxy, unless {@code server.forward-headers-strategy} tells the server to trust its
 * forwarded headers (never trust them without a proxy that sets them: clients could forge them).
 */
@Service
public class AuditTrail {

    private final StoredAuditEvents events;
    private final Clock clock;
    private final JsonMapper json;
    private final TransactionTemplate ownTransaction;

    AuditTrail(StoredAuditEvents events, Clock clock, JsonMapper json, PlatformTransactionManager transactions) {
        this.events = events;
        this.clock = clock;
        this.json = json;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records an action in the current tenant's trail, in the caller's transaction if it has one,
     * so the event is kept exactly when the action is.
     *
     * @param action  what happened, as {@code feature.verb}, e.g. {@code api-key.created}
     * @param target  what it happened to, e.g. a key's prefix; null when nothing in particular
     * @param details more facts worth keeping (JSON-serialisable values); never secrets
     */
    @Transactional
    public void record(String action, @Nullable String target, Map<String, ?> details) {
        events.save(event(TenantContext.require(), action, target, details));
    }

    /**
     * Records a platform admin's action about another tenant in that tenant's trail, so the tenant
     * sees it too. It is written in a transaction of its own, bound to that tenant.
     */
    public void recordFor(TenantId tenant, String action, @Nullable String target, Map<String, ?> details) {
        StoredAuditEvent event = event(tenant, action, target, details);
        TenantContext.callAs(tenant, () -> ownTransaction.execute(status -> events.save(event)));
    }

    private StoredAuditEvent event(TenantId tenant, String action, @Nullable String target, Map<String, ?> details) {
        Actor actor = Actor.current();
        return new StoredAuditEvent(UUID.randomUUID(), tenant.value(), clock.instant(), actor.name(), actor.kind(), action, target,
                json.writeValueAsString(details), sourceAddress());
    }

    /** The client's address; an IPv6 zone (fe80::1%eth0) is dropped, as PostgreSQL's inet has none. */
    private static @Nullable String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr().replaceFirst("%.*$", "");
        }
        return null;
    }
}
