package dev.synthesis.localplatform.internal;

import dev.synthesis.localplatform.LocalPlatformSettings;
import dev.synthesis.localplatform.ServiceStartFailed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * Keycloak's official distribution in dev mode, importing the {@code synthesis} realm. Only
 * runtime options differ between the run command and tests (port, database URL), so Quarkus never
 * rebuilds the server: its dev H2 database goes wherever {@code --db-url} points.
 */
public final class KeycloakServer implements Server {

    /** The realm the platform imports. */
    public static final String REALM = "synthesis";

    private static final String REALM_RESOURCE = "/dev/synthesis/localplatform/synthesis-realm.json";

    private final LocalPlatformSettings settings;
    private final ProcessRegistry registry;
    private ChildProcess process;

    public KeycloakServer(LocalPlatformSettings settings, ProcessRegistry registry) {
        this.settings = settings;
        this.registry = registry;
    }

    @Override
    public String name() {
        return "keycloak";
    }

    /** Keycloak's base URL. */
    public static String url(LocalPlatformSettings settings) {
        return "http://localhost:" + settings.ports().keycloak();
    }

    /** The realm's issuer URI, the {@code iss} of every token. */
    public static String issuer(LocalPlatformSettings settings) {
        return url(settings) + "/realms/" + REALM;
    }

    @Override
    public void start() {
        Path log = settings.logDir().resolve("keycloak.log");
        Path home = settings.keycloakHome();
        Path script = home.resolve("bin").resolve("kc.sh");
        if (!Files.isRegularFile(script)) {
            throw new ServiceStartFailed(name(), "missing " + script
                    + "; unpack it with ./mvnw -B -pl infra/local-platform package", log);
        }
        copyRealm(home.resolve("data").resolve("import"));
        process = ChildProcess.start(name(), command(script), environment(), home, log, registry);
        URI ready = URI.create(issuer(settings) + "/.well-known/openid-configuration");
        Readiness.await(name(), Readiness.DEADLINE, log, process::isAlive, () -> Readiness.httpOk(ready));
        process.recordDescendants();
    }

    /**
     * With brute-force protection on (as in the realm), Keycloak by default refuses all but one of
     * several logins of one user that arrive at once, as if they were an attack (keycloak#31726):
     * two tabs, parallel scripts or tests. Failed logins still count towards the lockout.
     */
    private List<String> command(Path script) {
        int port = settings.ports().keycloak();
        return List.of(
                "/bin/sh", script.toString(), "start-dev",
                "--http-port=" + port,
                "--hostname=http://localhost:" + port,
                "--import-realm",
                "--db-url=" + databaseUrl(),
                "--spi-brute-force-protector--default-brute-force-detector--allow-concurrent-requests=true");
    }

    private String databaseUrl() {
        Path database = settings.dataDir().resolve("keycloak").resolve("keycloakdb");
        return "jdbc:h2:file:" + database.toAbsolutePath() + ";NON_KEYWORDS=VALUE";
    }

    private Map<String, String> environment() {
        return Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx256m",
                "SYNTHESIS_APP_URL", settings.appUrl(),
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", settings.secrets().keycloakAdminPassword());
    }

    private static void copyRealm(Path importDir) {
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("Missing " + REALM_RESOURCE + " on the class path");
            }
            Files.createDirectories(importDir);
            // Another launcher's Keycloak may be reading the folder: replace the file in one step.
            Path partial = importDir.resolve(".synthesis-realm.json." + ProcessHandle.current().pid());
            Files.copy(realm, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, importDir.resolve("synthesis-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the realm into " + importDir, e);
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.close();
        }
    }
}
