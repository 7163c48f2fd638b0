package dev.synthesis.app.admin;

import dev.synthesis.app.audit.AuditTrail;
import dev.synthesis.app.quota.Limit;
import dev.synthesis.app.quota.TenantQuotasChanged;
import dev.synthesis.app.tenancy.TenantId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts an admin's change of a tenant's limits into that tenant's audit trail, once the change is
 * committed (a refused change leaves no event), with each limit that changed, before and after.
 */
@Component
class QuotaChangeAudit {

    private final AuditTrail audit;

    QuotaChangeAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @TransactionalEventListener
    void changed(TenantQuotasChanged change) {
        Map<String, Map<String, Long>> changed = new LinkedHashMap<>();
        Arrays.stream(Limit.values())
                .filter(limit -> change.before().value(limit) != change.after().value(limit))
                .forEach(limit -> changed.put(limit.key(), Map.of("before", change.before().value(limit), "after", change.after().value(limit))));
        audit.recordFor(new TenantId(change.tenantId()), "quota.updated", change.tenantId(), changed);
    }
}
