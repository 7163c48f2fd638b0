package dev.synthesis.app.privacy.internal;

import dev.synthesis.app.audit.AuditTrail;
import dev.synthesis.app.privacy.PrivacyBudgetChanged;
import dev.synthesis.app.tenancy.TenantId;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Puts an admin's change of a privacy budget into the tenant's audit trail once it is committed
 * (a refused change leaves no event), with the ε and δ in force before and after.
 */
@Component
class PrivacyBudgetAudit {

    private final AuditTrail audit;

    PrivacyBudgetAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @TransactionalEventListener
    void changed(PrivacyBudgetChanged change) {
        Map<String, Map<String, Double>> details = Map.of(
                "epsilon", Map.of("before", change.epsilonBefore(), "after", change.epsilonAfter()),
                "delta", Map.of("before", change.deltaBefore(), "after", change.deltaAfter()));
        String target = change.seedId() == null ? change.tenantId() : change.seedId().toString();
        audit.recordFor(new TenantId(change.tenantId()), change.seedId() == null ? "privacy-budget.updated"
                : "privacy-budget.seed-updated", target, details);
    }
}
