package dev.synthesis.app.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Isolation enforced by PostgreSQL itself, not by the app: plain JDBC as the app's role, with no
 * WHERE clause on tenant, sees and changes only the tenant set in the transaction.
 */
class RowLevelSecurityIT extends IntegrationTest {

    private static final List<String> TENANT_TABLES =
            List.of("data_schemas", "data_schema_versions", "model_metadata", "synthetic_data", "tenant_quotas", "api_keys",
                    "audit_events", "tenant_usage", "datasets", "dataset_tables", "tenant_privacy_budgets");

    /**
     * Read across tenants on purpose, holding ids and times only: the scheduler's due list, and
     * the jobs waiting in each instance's queue (taken over when their instance dies).
     */
    private static final List<String> CROSS_TENANT_TABLES = List.of("deployment_schedule", "queued_jobs");

    private static final UUID SCHEMA = UUID.randomUUID();
    private static final UUID DATASET = UUID.randomUUID();
    /** An acme key's prefix and the text whose SHA-256 is its stored hash. */
    private static final String KEY_PREFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String KEY_TEXT = "rls-" + UUID.randomUUID();
    private static boolean seeded;

    /** Once, in the first test: the database is migrated with the test platform's first use (TestPlatform). */
    @BeforeEach
    void givenAcmeRowsInEveryTable() throws SQLException {
        if (seeded) {
            return;
        }
        seeded = true;
        inTenant("acme", statement -> {
            statement.executeUpdate("insert into tenants (id, name) values ('acme', 'acme') on conflict do nothing");
            statement.executeUpdate("insert into data_schemas (id, tenant_id, name, current_version, schema_definition) "
                    + "values ('" + SCHEMA + "', 'acme', 'rls " + SCHEMA + "', 1, '{}')");
            statement.executeUpdate("insert into data_schema_versions (schema_id, version, tenant_id, schema_definition, created_by) "
                    + "values ('" + SCHEMA + "', 1, 'acme', '{}', 'test')");
            statement.executeUpdate("insert into model_metadata (id, tenant_id, schema_id, schema_version, model_type) "
                    + "values (gen_random_uuid(), 'acme', '" + SCHEMA + "', 1, 'categorical')");
            statement.executeUpdate("insert into synthetic_data (id, tenant_id, schema_id, schema_version, data) "
                    + "values (gen_random_uuid(), 'acme', '" + SCHEMA + "', 1, '{}')");
            statement.executeUpdate("insert into tenant_quotas (tenant_id, updated_by, updated_at) "
                    + "values ('acme', 'test', now()) on conflict do nothing");
            statement.executeUpdate("insert into tenant_privacy_budgets (tenant_id, updated_by, updated_at) "
                    + "values ('acme', 'test', now()) on conflict do nothing");
            statement.executeUpdate("insert into api_keys (id, tenant_id, name, prefix, secret_hash, scopes, created_at, created_by) "
                    + "values (gen_random_uuid(), 'acme', 'rls', '" + KEY_PREFIX + "', sha256('" + KEY_TEXT + "'::bytea), "
                    + "'{read}', now(), 'test')");
            statement.executeUpdate("insert into audit_events (id, tenant_id, at, actor, actor_kind, action) "
                    + "values (gen_random_uuid(), 'acme', now(), 'test', 'SYSTEM', 'test.rls')");
            statement.executeUpdate("insert into tenant_usage (tenant_id, usage_day, usage_month) "
                    + "values ('acme', current_date, date_trunc('month', current_date)) on conflict do nothing");
            statement.executeUpdate("insert into datasets (id, tenant_id, name, version, relationships, created_at, created_by, "
                    + "updated_at, updated_by) values ('" + DATASET + "', 'acme', 'rls " + DATASET + "', 1, '[]', now(), 'test', now(), 'test')");
            statement.executeUpdate("insert into dataset_tables (dataset_id, position, tenant_id, table_name, schema_id) "
                    + "values ('" + DATASET + "', 0, 'acme', 'rls', '" + SCHEMA + "')");
        });
        inTenant("globex", statement ->
                statement.executeUpdate("insert into tenants (id, name) values ('globex', 'globex') on conflict do nothing"));
    }

    @Test
    void otherTenantSeesNoRowsOfAnyTableWithoutAWhereClause() throws SQLException {
        for (String table : TENANT_TABLES) {
            assertThat(count("acme", table)).as("acme rows in " + table).isPositive();
            assertThat(countAcmeRows("globex", table)).as("acme rows visible to globex in " + table).isZero();
        }
        assertThat(countAcmeRows("globex", "tenants")).isZero();
    }

    /** Catches a new table that holds tenant rows but was created without its policy. */
    @Test
    void everyTableWithATenantColumnHasRowLevelSecurityEnabledAndForced() throws SQLException {
        List<String> unprotected = new ArrayList<>();
        inTenant("acme", statement -> {
            try (ResultSet rows = statement.executeQuery("""
                    select c.relname from pg_class c join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id'
                    where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
                      and not (c.relrowsecurity and c.relforcerowsecurity
                               and exists (select 1 from pg_policy p where p.polrelid = c.oid))""")) {
                while (rows.next()) {
                    unprotected.add(rows.getString(1));
                }
            }
        });
        assertThat(unprotected).containsExactlyInAnyOrderElementsOf(CROSS_TENANT_TABLES);
    }

    @Test
    void otherTenantChangesNothing() throws SQLException {
        inTenant("globex", statement -> {
            assertThat(statement.executeUpdate("update data_schemas set name = 'stolen' where tenant_id = 'acme'")).isZero();
            assertThat(statement.executeUpdate("update model_metadata set model_type = 'stolen' where tenant_id = 'acme'")).isZero();
            assertThat(statement.executeUpdate("delete from model_metadata where tenant_id = 'acme'")).isZero();
            assertThat(statement.executeUpdate("delete from synthetic_data where tenant_id = 'acme'")).isZero();
            assertThat(statement.executeUpdate("update api_keys set revoked_at = now(), revoked_by = 'globex' where tenant_id = 'acme'"))
                    .isZero();
            assertThat(statement.executeUpdate("update tenant_usage set rows_day = 0 where tenant_id = 'acme'")).isZero();
            assertThat(statement.executeUpdate("update tenant_privacy_budgets set seed_epsilon = 1000 where tenant_id = 'acme'")).isZero();
            assertThat(statement.executeUpdate("update datasets set name = 'stolen' where tenant_id = 'acme'")).isZero();
            assertThat(statement.executeUpdate("delete from dataset_tables where tenant_id = 'acme'")).isZero();
        });
        assertThat(count("acme", "model_metadata")).isPositive();
        assertThat(count("acme", "dataset_tables")).isPositive();
        assertThat(count("acme", "synthetic_data")).isPositive();
    }

    /** The admin console lists every tenant's usage; the admin setting lets it read them, never change them. */
    @Test
    void aPlatformAdminReadsEveryTenantsUsageAndChangesNone() throws SQLException {
        inTenant("platform", statement -> {
            statement.execute("select set_config('app.platform_admin', 'on', true)");
            try (ResultSet rows = statement.executeQuery("select count(*) from tenant_usage where tenant_id = 'acme'")) {
                rows.next();
                assertThat(rows.getLong(1)).isOne();
            }
            assertThat(statement.executeUpdate("update tenant_usage set rows_day = 0 where tenant_id = 'acme'")).isZero();
        });
        assertThat(countAcmeRows("globex", "tenant_usage")).as("without the admin setting").isZero();
    }

    /** A globex dataset cannot take an acme schema as a table: the link's foreign key carries the tenant. */
    @Test
    void aDatasetCannotLinkAnotherTenantsSchema() {
        UUID globexDataset = UUID.randomUUID();
        assertThatThrownBy(() -> inTenant("globex", statement -> {
            statement.executeUpdate("insert into datasets (id, tenant_id, name, version, relationships, created_at, created_by, "
                    + "updated_at, updated_by) values ('" + globexDataset + "', 'globex', 'thief', 1, '[]', now(), 'test', now(), 'test')");
            statement.executeUpdate("insert into dataset_tables (dataset_id, position, tenant_id, table_name, schema_id) "
                    + "values ('" + globexDataset + "', 0, 'globex', 'stolen', '" + SCHEMA + "')");
        })).hasMessageContaining("foreign key");
    }

    @Test
    void otherTenantCannotWriteRowsIntoAcme() {
        assertThatThrownBy(() -> inTenant("globex", statement -> statement.executeUpdate(
                "insert into synthetic_data (id, tenant_id, schema_id, schema_version, data) "
                        + "values (gen_random_uuid(), 'acme', '" + SCHEMA + "', 1, '{}')")))
                .hasMessageContaining("row-level security");
    }

    @Test
    void withNoTenantSetQueriesFailOrSeeNothing() throws SQLException {
        try (Connection connection = appConnection(); Statement statement = connection.createStatement()) {
            for (String table : TENANT_TABLES) {
                assertThat(countOrFailure(statement, table)).as(table).isIn(0L, -1L);
            }
        }
    }

    @Test
    void theAppRoleCannotSwitchRowLevelSecurityOffOrRewriteHistory() {
        assertThatThrownBy(() -> inTenant("acme", statement ->
                statement.execute("alter table data_schemas disable row level security")))
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> inTenant("acme", statement ->
                statement.executeUpdate("update data_schema_versions set schema_definition = '{}'")))
                .hasMessageContaining("permission denied");
        for (String rewrite : List.of("update audit_events set actor = 'someone else'", "delete from audit_events",
                "update api_keys set scopes = '{manage}'", "update api_keys set secret_hash = sha256('known'::bytea)",
                "delete from api_keys")) {
            assertThatThrownBy(() -> inTenant("acme", statement -> statement.execute(rewrite))).as(rewrite)
                    .hasMessageContaining("permission denied");
        }
    }

    /**
     * Authentication finds a key before any tenant is set, through the one function made for it:
     * only with the right hash, and without leaving the key's tenant set for what follows.
     */
    @Test
    void withNoTenantSetTheKeyLookupFindsOneKeyByItsHashAndNothingElse() throws SQLException {
        try (Connection connection = appConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            assertThat(lookup(statement, KEY_TEXT)).isEqualTo("acme");
            assertThat(lookup(statement, KEY_TEXT + "x")).isNull();
            assertThat(countOrFailure(statement, "api_keys")).isIn(0L, -1L);
        }
    }

    private static String lookup(Statement statement, String keyText) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select * from api_key_for_authentication('" + KEY_PREFIX + "', sha256('"
                + keyText + "'::bytea))")) {
            assertThat(rows.getMetaData().getColumnCount()).as("id, tenant, scopes, expiry, revocation; no hash").isEqualTo(5);
            return rows.next() ? rows.getString("tenant_id") : null;
        }
    }

    /** A suspended tenant must not be able to resume itself: only the platform admin's setting changes a tenant's row. */
    @Test
    void aTenantReadsAndRegistersItsOwnDirectoryRowButChangesNone() throws SQLException {
        String tenant = "rls-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant(tenant, statement -> {
            statement.executeUpdate("insert into tenants (id, name) values ('" + tenant + "', 'mine')");
            assertThat(statement.executeUpdate("update tenants set status = 'suspended', suspended_at = now(), suspended_by = 'me'"))
                    .isZero();
            assertThat(statement.executeUpdate("update tenants set name = 'renamed'")).isZero();
        });
        assertThat(count(tenant, "tenants")).isOne();
        assertThatThrownBy(() -> inTenant(tenant, statement ->
                statement.executeUpdate("insert into tenants (id, name) values ('" + tenant + "-other', 'other')")))
                .hasMessageContaining("row-level security");
    }

    @Test
    void thePlatformAdminSettingListsCreatesAndChangesEveryTenantButNeverItsId() throws SQLException {
        String tenant = "rls-admin-" + UUID.randomUUID().toString().substring(0, 8);
        inTenant("platform", statement -> {
            statement.execute("select set_config('app.platform_admin', 'on', true)");
            statement.executeUpdate("insert into tenants (id, name, created_by) values ('" + tenant + "', 'made by an admin', 'admin')");
            assertThat(statement.executeUpdate("update tenants set name = 'renamed' where id = '" + tenant + "'")).isOne();
            try (ResultSet rows = statement.executeQuery("select count(*) from tenants where id in ('acme', 'globex')")) {
                rows.next();
                assertThat(rows.getLong(1)).isEqualTo(2);
            }
        });
        assertThat(count(tenant, "tenants")).isOne();
        assertThatThrownBy(() -> inTenant("platform", statement -> {
            statement.execute("select set_config('app.platform_admin', 'on', true)");
            statement.executeUpdate("update tenants set id = 'stolen' where id = '" + tenant + "'");
        })).hasMessageContaining("permission denied");
    }

    private static long countOrFailure(Statement statement, String table) {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException refused) {
            return -1;
        }
    }

    private static long count(String tenant, String table) throws SQLException {
        long[] result = new long[1];
        inTenant(tenant, statement -> {
            try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
                rows.next();
                result[0] = rows.getLong(1);
            }
        });
        return result[0];
    }

    private static long countAcmeRows(String tenant, String table) throws SQLException {
        String column = table.equals("tenants") ? "id" : "tenant_id";
        long[] result = new long[1];
        inTenant(tenant, statement -> {
            try (ResultSet rows = statement.executeQuery("select count(*) from " + table + " where " + column + " = 'acme'")) {
                rows.next();
                result[0] = rows.getLong(1);
            }
        });
        return result[0];
    }

    private interface SqlWork {
        void run(Statement statement) throws SQLException;
    }

    /** Runs work in one transaction as the app's role with the tenant set exactly as the app sets it. */
    private static void inTenant(String tenant, SqlWork work) throws SQLException {
        try (Connection connection = appConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                set.setString(1, tenant);
                set.execute();
            }
            try (Statement statement = connection.createStatement()) {
                work.run(statement);
            }
            connection.commit();
        }
    }

    private static Connection appConnection() throws SQLException {
        Map<String, String> env = TestPlatform.environment();
        return DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"), env.get("SYNTHESIS_DB_APP_USER"),
                env.get("SYNTHESIS_DB_APP_PASSWORD"));
    }
}
