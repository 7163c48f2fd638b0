package dev.synthesis.app.tenancy.internal;

import dev.synthesis.app.tenancy.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import org.hibernate.Session;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Starts every JPA transaction by setting {@code app.tenant_id} with a bound parameter and
 * {@code is_local = true}: the setting ends with the transaction, so a pooled connection never
 * carries one tenant into the next user's work. With no tenant nothing is set, and the tables'
 * policies (which read the setting without a default) make any tenant-owned query fail. Inside
 * {@link TenantContext#callAsPlatformAdmin} it also sets {@code app.platform_admin = on}, which the
 * few tables an admin may list across tenants accept in a policy of their own.
 */
class TenantBindingTransactionManager extends JpaTransactionManager {

    private static final String SET_TENANT = "select set_config('app.tenant_id', ?, true)";
    private static final String SET_PLATFORM_ADMIN = "select set_config('app.platform_admin', 'on', true)";

    TenantBindingTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        TenantContext.current().ifPresent(tenant -> run(SET_TENANT, tenant.value()));
        if (TenantContext.isPlatformAdmin()) {
            run(SET_PLATFORM_ADMIN, null);
        }
    }

    private void run(String setting, String value) {
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(getEntityManagerFactory());
        if (entityManager == null) {
            throw new IllegalStateException("no transactional EntityManager right after transaction begin");
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(setting)) {
                if (value != null) {
                    statement.setString(1, value);
                }
                statement.execute();
            }
        });
    }
}
