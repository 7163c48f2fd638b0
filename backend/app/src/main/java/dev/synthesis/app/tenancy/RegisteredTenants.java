package dev.synthesis.app.tenancy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Which tenants exist: those whose row is in {@code tenants} (registered on their first user's call, or by an admin). */
@Component
public class RegisteredTenants {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RegisteredTenants(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Asked as the tenant itself: row-level security shows each tenant its own row only. */
    public boolean exists(TenantId tenant) {
        return TenantContext.callAs(tenant, () -> Boolean.TRUE.equals(transactions.execute(status ->
                jdbc.queryForObject("select exists (select 1 from tenants where id = ?)", Boolean.class, tenant.value()))));
    }
}
