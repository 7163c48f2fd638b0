package dev.synthesis.app.migration;

import dev.synthesis.app.migration.internal.Migrations;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

/**
 * The {@code migrate} run mode of the application jar ({@code java -jar synthesis-app.jar migrate}):
 * applies the pending Flyway migrations as the owner and exits, before the serving app starts.
 * No Spring context starts: the step needs the database and nothing else.
 */
public final class DatabaseMigration {

    /** The first program argument that selects this run mode. */
    public static final String COMMAND = "migrate";

    private static final Logger log = LoggerFactory.getLogger(DatabaseMigration.class);

    private DatabaseMigration() {}

    /** The run mode: returns the process's exit code, 0 once the database is at the latest migration. */
    public static int run(Map<String, String> environment) {
        initialiseLogging();
        try {
            migrate(MigrationSettings.fromEnvironment(environment));
            return 0;
        } catch (IllegalArgumentException | FlywayException failed) {
            log.error("The database was not migrated: {}", failed.getMessage());
            return 1;
        }
    }

    /**
     * Applies the pending migrations as the owner; afterwards the app role may read the migration
     * history (see {@code db/migration/afterMigrate.sql}), so the serving app can check its version.
     */
    public static void migrate(MigrationSettings settings) {
        Flyway flyway = Migrations.configure(settings.appRole())
                .dataSource(settings.url(), settings.ownerUser(), settings.ownerPassword())
                .load();
        MigrateResult result = flyway.migrate();
        log.info("The database is at V{}; {} migration(s) applied now as {}",
                flyway.info().current().getVersion(), result.migrationsExecuted, settings.ownerUser());
    }

    /** The serving app's log format and levels, without starting a Spring context. */
    private static void initialiseLogging() {
        LoggingSystem logging = LoggingSystem.get(DatabaseMigration.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
    }
}
