package dev.synthesis.app.tenancy.internal;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each tenant the first time one of its users calls the API. The tenant comes from a
 * token Keycloak signed, so knowing it is enough to admit it; the row anchors the tenant's data.
 */
@Component
class TenantRegistry {

    private final Set<TenantId> known = ConcurrentHashMap.newKeySet();

    @PersistenceContext
    private EntityManager entityManager;

    boolean isKnown(TenantId tenant) {
        return known.contains(tenant);
    }

    @Transactional
    public void register(TenantId tenant) {
        if (!tenant.equals(TenantContext.require())) {
            throw new IllegalStateException("a tenant can only register itself");
        }
        entityManager.createNativeQuery("insert into tenants (id, name) values (?1, ?1) on conflict (id) do nothing")
                .setParameter(1, tenant.value())
                .executeUpdate();
        known.add(tenant);
    }
}
