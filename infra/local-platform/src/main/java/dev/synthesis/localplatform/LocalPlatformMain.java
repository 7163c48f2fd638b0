package dev.synthesis.localplatform;

import dev.synthesis.localplatform.internal.AppServer;
import dev.synthesis.localplatform.internal.BrokerServer;
import dev.synthesis.localplatform.internal.KeycloakServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The run command: {@code java -jar local-platform.jar run --app-jar <jar>} or {@code services}.
 * Ctrl-C or SIGTERM stops everything through the platform's shutdown hook.
 */
public final class LocalPlatformMain {

    /** The application's migrate run mode, as a developer runs it from the repository root. */
    private static final String MIGRATE = "java -jar backend/app/target/synthesis-app.jar migrate";

    private LocalPlatformMain() {}

    public static void main(String[] args) throws InterruptedException {
        CommandLine commandLine;
        try {
            commandLine = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + CommandLine.USAGE);
            System.exit(2);
            return;
        }
        if (commandLine.mode() == CommandLine.Mode.HELP) {
            System.out.print(CommandLine.USAGE);
            return;
        }
        LocalPlatformSettings settings = LocalPlatformSettings.forRun(LocalHome.find());
        logLibrariesTo(settings.logDir().resolve("launcher.log"));
        System.exit(launch(commandLine, settings));
    }

    private static int launch(CommandLine commandLine, LocalPlatformSettings settings)
            throws InterruptedException {
        System.out.println("Starting PostgreSQL, Redis, S3Proxy, Keycloak and the broker (logs: "
                + settings.logDir() + ") ...");
        LocalPlatform platform;
        try {
            platform = LocalPlatform.start(settings);
        } catch (RuntimeException e) {
            System.err.println("The local platform did not start: " + e.getMessage());
            return 1;
        }
        if (commandLine.mode() == CommandLine.Mode.SERVICES) {
            System.out.print(ShellExports.format(platform.environment()));
            System.out.println("# Migrate the database before the app starts; only this step gets the owner's credentials:");
            System.out.println("#   " + ShellExports.command(platform.migrationEnvironment(), MIGRATE));
            System.out.println("# Services are up; Ctrl-C stops them.");
            new CountDownLatch(1).await();
            return 0;
        }
        return runApplication(platform, commandLine.appJar().orElseThrow(), commandLine.workers());
    }

    private static int runApplication(LocalPlatform platform, Path jar, int workers) throws InterruptedException {
        System.out.println("Migrating the database with " + jar + " migrate, then starting it"
                + (workers > 0 ? " and " + workers + " worker process(es)" : "") + " ...");
        AppServer app;
        try {
            app = platform.startApplication(jar, workers);
        } catch (RuntimeException e) {
            System.err.println("The application did not start: " + e.getMessage());
            return 1;
        }
        System.out.println(banner(platform.settings(), workers));
        int exitCode = app.awaitExit();
        System.err.println("The application exited with code " + exitCode + "; stopping the services.");
        return exitCode;
    }

    static String banner(LocalPlatformSettings settings, int workers) {
        String keycloak = KeycloakServer.url(settings);
        String workerLine = workers == 0 ? "" : "Workers:              %d on ports %d-%d, taking generation partitions from the broker %s%n"
                .formatted(workers, settings.ports().app() + 1, settings.ports().app() + workers, BrokerServer.url(settings));
        return """

                Synthesis is running: %s
                %sKeycloak:             %s  (admin console %s/admin, user admin / %s)
                Demo logins:          alice / alice (tenant acme), bob / bob (tenant globex),
                                      admin / admin (tenant platform, role platform-admin)
                Logs:                 %s
                Ctrl-C stops the application and every service.
                """.formatted(settings.appUrl(), workerLine, keycloak, keycloak,
                settings.secrets().keycloakAdminPassword(), settings.logDir());
    }

    /** Sends the embedded servers' library logging (slf4j-simple) to a file, not the console. */
    private static void logLibrariesTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create " + file.getParent(), e);
        }
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
    }
}
