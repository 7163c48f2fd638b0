package dev.synthesis.app.tenancy.internal;

import dev.synthesis.app.tenancy.TenantContext;
import dev.synthesis.app.tenancy.TenantId;
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
 * policies (which read the setting without a default) make any tenant-owned query fail.
 */
class TenantBindingTransactionManager extends JpaTransactionManager {

    private static final String SET_TENANT = "select set_config('app.tenant_id', ?, true)";

    TenantBindingTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        TenantContext.current().ifPresent(this::bind);
    }

    private void bind(TenantId tenant) {
        EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(getEntityManagerFactory());
        if (entityManager == null) {
            throw new IllegalStateException("no transactional EntityManager right after transaction begin");
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
                statement.setString(1, tenant.value());
                statement.execute();
            }
        });
    }
}
