package dev.synthesis.app.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.synthesis.app.support.AppProcess;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.TestPlatform;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The serving app holds no credentials that could switch row-level security off: the migrate step
 * alone connects as the owner, the app's own role cannot disable or escape RLS, and the app
 * refuses to start with the owner's credentials.
 */
@Order(6)
class AppWithoutOwnerCredentialsIT extends IntegrationTest {

    private static final String OWNER_USER = "SYNTHESIS_DB_OWNER_USER";
    private static final String OWNER_PASSWORD = "SYNTHESIS_DB_OWNER_PASSWORD";

    @Autowired
    private Environment appEnvironment;

    @Autowired
    private ApplicationContext app;

    @Autowired
    private DataSource appDataSource;

    @Test
    void theAppIsGivenNoOwnerCredentialsAndConnectsAsItsOwnRole() throws SQLException {
        Map<String, String> given = TestPlatform.environment();
        String ownerPassword = TestPlatform.migrationEnvironment().get(OWNER_PASSWORD);

        assertThat(given).doesNotContainKeys(OWNER_USER, OWNER_PASSWORD).doesNotContainValue(ownerPassword);
        assertThat(appEnvironment.getProperty(OWNER_USER)).isNull();
        assertThat(appEnvironment.getProperty(OWNER_PASSWORD)).isNull();
        assertThat(app.getBeanNamesForType(Flyway.class)).as("Flyway beans of the serving app").isEmpty();
        try (Connection connection = appDataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet user = statement.executeQuery("select current_user")) {
            user.next();
            assertThat(user.getString(1)).isEqualTo(given.get("SYNTHESIS_DB_APP_USER"));
        }
    }

    @Test
    void theAppsRoleCannotSwitchRowLevelSecurityOffNorBecomeTheOwner() throws SQLException {
        String owner = TestPlatform.migrationEnvironment().get(OWNER_USER);
        try (Connection connection = appRoleConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select set_config('app.tenant_id', 'acme', false)");

            assertThatThrownBy(() -> statement.execute("alter table data_schemas disable row level security"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("alter table data_schemas no force row level security"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("drop policy if exists tenant_isolation on data_schemas"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("set role " + owner))
                    .hasMessageContaining("permission denied to set role");
            statement.execute("set row_security = off");
            assertThatThrownBy(() -> statement.executeQuery("select count(*) from data_schemas"))
                    .hasMessageContaining("would be affected by row-level security policy");
        }
    }

    @Test
    void theAppRefusesToStartWithTheOwnersCredentials() throws Exception {
        Map<String, String> migration = TestPlatform.migrationEnvironment();
        Map<String, String> asOwner = new HashMap<>();
        asOwner.put("SYNTHESIS_DB_APP_USER", migration.get(OWNER_USER));
        asOwner.put("SYNTHESIS_DB_APP_PASSWORD", migration.get(OWNER_PASSWORD));

        AppProcess.Exited exited = AppProcess.startExpectingExit("as-owner", asOwner);

        assertThat(exited.exitCode()).isNotZero();
        assertThat(exited.log())
                .doesNotContain("Starting service [Tomcat]") // the check comes before the web server
                .contains("APPLICATION FAILED TO START")
                .contains("The app connects to the database as " + migration.get(OWNER_USER) + ", which owns")
                .contains("Only the migrate step (java -jar synthesis-app.jar migrate) connects as the owner.");
    }

    /** The packaged jar's run mode finds its migrations inside the jar (none pending: the tests migrated). */
    @Test
    void theJarsMigrateStepMigratesAsTheOwnerAndNeedsTheOwnersCredentials() throws Exception {
        Map<String, String> migration = TestPlatform.migrationEnvironment();
        Map<String, String> withoutPassword = new HashMap<>(migration);
        withoutPassword.remove(OWNER_PASSWORD);

        AppProcess.Exited migrated = AppProcess.migrate("migrate", migration);
        AppProcess.Exited refused = AppProcess.migrate("migrate-without-password", withoutPassword);

        assertThat(migrated.exitCode()).as(migrated.log()).isZero();
        assertThat(migrated.log()).containsPattern("The database is at V[0-9]+; 0 migration\\(s\\) applied now as "
                + migration.get(OWNER_USER));
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.log()).contains("The database was not migrated: " + OWNER_PASSWORD + " is not set");
    }

    private static Connection appRoleConnection() throws SQLException {
        Map<String, String> env = TestPlatform.environment();
        return DriverManager.getConnection(env.get("SYNTHESIS_DB_URL"), env.get("SYNTHESIS_DB_APP_USER"),
                env.get("SYNTHESIS_DB_APP_PASSWORD"));
    }
}
