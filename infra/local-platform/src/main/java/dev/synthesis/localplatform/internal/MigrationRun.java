package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.ServiceStartFailed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The application jar's {@code migrate} mode, run to its end before the app starts: only this
 * process gets the owner's credentials, and an app whose database could not be migrated never
 * starts.
 */
final class MigrationRun {

    private static final String NAME = "migrate";

    private MigrationRun() {}

    static void run(Path jar, Map<String, String> environment, Path log, ProcessRegistry registry) {
        try (ChildProcess migration = ChildProcess.start(NAME, AppServer.javaJar(jar, List.of(), NAME), environment,
                jar.getParent(), log, registry)) {
            OptionalInt exitCode = migration.awaitExit(Readiness.DEADLINE);
            if (exitCode.isEmpty()) {
                throw new ServiceStartFailed(NAME, "not done after " + Readiness.DEADLINE.toSeconds() + " s", log);
            }
            if (exitCode.getAsInt() != 0) {
                throw new ServiceStartFailed(NAME, "the database was not migrated (exit code " + exitCode.getAsInt() + ")", log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while migrating the database", e);
        }
    }
}
