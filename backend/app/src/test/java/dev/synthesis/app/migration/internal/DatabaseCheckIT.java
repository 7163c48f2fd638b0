package dev.synthesis.app.migration.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.support.TestPlatform;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The serving app's start-up check, run directly against the test platform's database (an app
 * process per case would cost a minute each; {@code AppWithoutOwnerCredentialsIT} starts one).
 * Databases behind the app are schemas of their own, migrated only so far, dropped afterwards.
 */
class DatabaseCheckIT {

    @Test
    void passesForTheAppRoleOnTheMigratedDatabase() {
        Map<String, String> app = TestPlatform.environment();

        assertThatCode(() -> check(app.get("SYNTHESIS_DB_URL"), app.get("SYNTHESIS_DB_APP_USER"), app.get("SYNTHESIS_DB_APP_PASSWORD")))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesTheRoleThatOwnsTheTables() {
        Map<String, String> owner = TestPlatform.migrationEnvironment();

        assertThatThrownBy(() -> check(owner.get("SYNTHESIS_DB_URL"), owner.get("SYNTHESIS_DB_OWNER_USER"),
                        owner.get("SYNTHESIS_DB_OWNER_PASSWORD")))
                .isInstanceOf(DatabaseCheckFailed.class)
                .hasMessageContaining("connects to the database as " + owner.get("SYNTHESIS_DB_OWNER_USER") + ", which owns")
                .hasMessageContaining("an owner can switch row-level security off");
    }

    @Test
    void refusesADatabaseBehindTheApp() throws SQLException {
        String schema = "behind_" + UUID.randomUUID().toString().replace("-", "");
        try {
            migrateAsOwner(schema, "15");

            assertThatThrownBy(() -> checkAppRoleIn(schema))
                    .isInstanceOf(DatabaseCheckFailed.class)
                    .hasMessageMatching("The database is at V15, this app needs V[0-9]+\\.")
                    .extracting(failed -> ((DatabaseCheckFailed) failed).action()).asString()
                    .contains("java -jar synthesis-app.jar migrate");
        } finally {
            asOwner("drop schema if exists " + schema + " cascade");
        }
    }

    /** As a database migrated before the migrate step granted the app role read access to the history. */
    @Test
    void refusesADatabaseWhoseHistoryTheAppRoleMayNotRead() throws SQLException {
        String schema = "unreadable_" + UUID.randomUUID().toString().replace("-", "");
        try {
            migrateAsOwner(schema, "latest");
            asOwner("revoke select on " + schema + ".flyway_schema_history from " + appRole());

            assertThatThrownBy(() -> checkAppRoleIn(schema))
                    .isInstanceOf(DatabaseCheckFailed.class)
                    .hasMessage("The app could not read the database's migration history as " + appRole()
                            + ": ERROR: permission denied for table flyway_schema_history");
        } finally {
            asOwner("drop schema if exists " + schema + " cascade");
        }
    }

    @Test
    void refusesADatabaseNeverMigrated() throws SQLException {
        String schema = "empty_" + UUID.randomUUID().toString().replace("-", "");
        try {
            asOwner("create schema " + schema);
            grantUsage(schema);

            assertThatThrownBy(() -> checkAppRoleIn(schema))
                    .isInstanceOf(DatabaseCheckFailed.class)
                    .hasMessageMatching("The database has no migrations applied, this app needs V[0-9]+\\.");
        } finally {
            asOwner("drop schema if exists " + schema + " cascade");
        }
    }

    private static void checkAppRoleIn(String schema) throws SQLException {
        Map<String, String> app = TestPlatform.environment();
        check(app.get("SYNTHESIS_DB_URL") + "?currentSchema=" + schema, app.get("SYNTHESIS_DB_APP_USER"),
                app.get("SYNTHESIS_DB_APP_PASSWORD"));
    }

    private static void check(String url, String user, String password) throws SQLException {
        DataSource dataSource = new DriverManagerDataSource(url, user, password);
        new DatabaseCheck(dataSource).afterPropertiesSet();
    }

    /** Migrates a schema of its own up to {@code target}, and lets the app role use it as it uses public. */
    private static void migrateAsOwner(String schema, String target) throws SQLException {
        Migrations.configure(appRole()).dataSource(url(), ownerUser(), ownerPassword())
                .schemas(schema).target(target).load().migrate();
        grantUsage(schema);
    }

    private static void grantUsage(String schema) throws SQLException {
        asOwner("grant usage on schema " + schema + " to " + appRole());
    }

    private static void asOwner(String sql) throws SQLException {
        try (Connection owner = DriverManager.getConnection(url(), ownerUser(), ownerPassword());
                Statement statement = owner.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String url() {
        return TestPlatform.migrationEnvironment().get("SYNTHESIS_DB_URL");
    }

    private static String ownerUser() {
        return TestPlatform.migrationEnvironment().get("SYNTHESIS_DB_OWNER_USER");
    }

    private static String ownerPassword() {
        return TestPlatform.migrationEnvironment().get("SYNTHESIS_DB_OWNER_PASSWORD");
    }

    private static String appRole() {
        return TestPlatform.environment().get("SYNTHESIS_DB_APP_USER");
    }
}
