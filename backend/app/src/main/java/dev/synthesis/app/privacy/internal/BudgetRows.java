package dev.synthesis.app.privacy.internal;

import dev.synthesis.app.seed.SeedId;
import dev.synthesis.app.tenancy.TenantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The budgets admins set, per tenant ({@code tenant_privacy_budgets}) and per seed
 * ({@code seed_privacy_budgets}), under row-level security, in the caller's transaction. A seed's
 * row is also what every charge on the seed locks, so charges on one seed pass one after another.
 */
@Component
public class BudgetRows {

    private final JdbcTemplate jdbc;

    BudgetRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public OwnBudget tenant(TenantId tenant) {
        return jdbc.query("select seed_epsilon, seed_delta, updated_by, updated_at from tenant_privacy_budgets where tenant_id = ?",
                BudgetRows::budget, tenant.value()).stream().findFirst().orElse(OwnBudget.NONE);
    }

    public void setTenant(TenantId tenant, OwnBudget budget) {
        jdbc.update("""
                insert into tenant_privacy_budgets (tenant_id, seed_epsilon, seed_delta, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (tenant_id) do update set seed_epsilon = excluded.seed_epsilon, seed_delta = excluded.seed_delta,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""",
                tenant.value(), budget.epsilon(), budget.delta(), budget.updatedBy(), Timestamp.from(budget.updatedAt()));
    }

    public OwnBudget seed(SeedId seed) {
        return jdbc.query("select epsilon, delta, updated_by, updated_at from seed_privacy_budgets where seed_id = ?",
                BudgetRows::budget, seed.value()).stream().findFirst().orElse(OwnBudget.NONE);
    }

    /** The seed's own budget, its row locked until the transaction ends (created first if the seed has none yet). */
    public OwnBudget lockSeed(TenantId tenant, SeedId seed) {
        jdbc.update("insert into seed_privacy_budgets (seed_id, tenant_id) values (?, ?) on conflict (seed_id) do nothing",
                seed.value(), tenant.value());
        return jdbc.queryForObject("select epsilon, delta, updated_by, updated_at from seed_privacy_budgets where seed_id = ? for update",
                BudgetRows::budget, seed.value());
    }

    /** Sets the seed's own budget; call it with the row locked ({@link #lockSeed}), so no charge passes meanwhile. */
    public void setSeed(SeedId seed, OwnBudget budget) {
        jdbc.update("update seed_privacy_budgets set epsilon = ?, delta = ?, updated_by = ?, updated_at = ? where seed_id = ?",
                budget.epsilon(), budget.delta(), budget.updatedBy(), Timestamp.from(budget.updatedAt()), seed.value());
    }

    private static OwnBudget budget(ResultSet row, int number) throws SQLException {
        OffsetDateTime updatedAt = row.getObject(4, OffsetDateTime.class);
        return new OwnBudget(row.getBigDecimal(1), row.getBigDecimal(2), row.getString(3),
                updatedAt == null ? null : updatedAt.toInstant());
    }
}
