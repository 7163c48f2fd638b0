package dev.synthesis.app.support;

import dev.synthesis.app.migration.DatabaseMigration;
import dev.synthesis.app.migration.MigrationSettings;
import dev.synthesis.localplatform.LocalPlatform;
import java.net.URI;
import java.util.Map;

/**
 * The real services every integration test shares: started once per test JVM, stopped at its exit.
 * As in the run command, the database is migrated first, as the owner, by the app's migrate step
 * (here in this JVM); the app itself, in this JVM or in {@link AppProcess}es, gets only
 * {@link #environment()}, which holds no owner credentials.
 */
public final class TestPlatform {

    private static Map<String, String> environment;

    private TestPlatform() {}

    /** The serving app's {@code SYNTHESIS_*} variables, once the database is at the latest migration. */
    public static synchronized Map<String, String> environment() {
        if (environment == null) {
            LocalPlatform platform = LocalPlatform.forTests();
            DatabaseMigration.migrate(MigrationSettings.fromEnvironment(platform.migrationEnvironment()));
            environment = platform.environment();
        }
        return environment;
    }

    /** The migrate step's variables, with the owner's credentials: for tests of the migration and its checks. */
    public static Map<String, String> migrationEnvironment() {
        environment();
        return LocalPlatform.forTests().migrationEnvironment();
    }

    public static String appUrl() {
        return environment().get("SYNTHESIS_APP_URL");
    }

    public static int appPort() {
        return URI.create(appUrl()).getPort();
    }

    public static String issuer() {
        return environment().get("SYNTHESIS_OIDC_ISSUER_URI");
    }
}
