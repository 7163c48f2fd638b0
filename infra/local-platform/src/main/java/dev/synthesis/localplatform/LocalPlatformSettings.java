package dev.synthesis.localplatform;

import dev.synthesis.localplatform.internal.FreePorts;
import dev.synthesis.localplatform.internal.ServerVersions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Where the servers live, which ports they use and which secrets they accept.
 *
 * @param localHome the git-ignored {@code .local} folder holding Keycloak, S3Proxy and run files
 * @param dataDir where the servers keep their data
 * @param temporary whether {@code dataDir} is deleted when the platform closes
 * @param ports the port of each server
 * @param secrets the passwords of the database roles, Redis and the broker, the S3 key and the Keycloak admin
 * @param appUrl the application's public URL, allowed as OIDC redirect target
 */
public record LocalPlatformSettings(
        Path localHome, Path dataDir, boolean temporary, Ports ports, Secrets secrets, String appUrl) {

    /** Fixed ports of the run command, documented in infra/README.md. */
    public static final Ports RUN_PORTS = new Ports(15432, 16379, 19000, 8180, 8080, 61616);

    public LocalPlatformSettings {
        Objects.requireNonNull(localHome, "localHome");
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(ports, "ports");
        Objects.requireNonNull(secrets, "secrets");
        Objects.requireNonNull(appUrl, "appUrl");
    }

    /** The run command's settings: fixed ports, fixed dev secrets and data that persists. */
    public static LocalPlatformSettings forRun(Path localHome) {
        return new LocalPlatformSettings(
                localHome, localHome.resolve("data"), false, RUN_PORTS, Secrets.DEVELOPMENT,
                "http://localhost:" + RUN_PORTS.app());
    }

    /** Settings for one test run: free random ports, random secrets, a temporary data folder. */
    public static LocalPlatformSettings forTests(Path localHome) {
        Ports ports = FreePorts.pick();
        try {
            Files.createDirectories(localHome);
            Path dataDir = Files.createTempDirectory("synthesis-platform-");
            return new LocalPlatformSettings(
                    localHome, dataDir, true, ports, Secrets.random(), "http://localhost:" + ports.app());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Keycloak distribution the build unpacked. */
    public Path keycloakHome() {
        return localHome.resolve("keycloak-" + ServerVersions.load().keycloak());
    }

    /** The S3Proxy jar the build copied. */
    public Path s3proxyJar() {
        String version = ServerVersions.load().s3proxy();
        return localHome.resolve("tools").resolve("s3proxy-" + version + "-jar-with-dependencies.jar");
    }

    /** Where child processes write their output; a test run's logs are kept only if it fails. */
    public Path logDir() {
        Path logs = localHome.resolve("logs");
        return temporary ? logs.resolve(dataDir.getFileName().toString()) : logs.resolve("run");
    }

    /** Where pid files of this and earlier launchers are kept. */
    public Path runDir() {
        return localHome.resolve("run");
    }

    /**
     * The port of each server.
     *
     * @param postgres PostgreSQL
     * @param redis Redis
     * @param s3 the S3 API
     * @param keycloak Keycloak's HTTP port
     * @param app the application's HTTP port
     * @param broker the message broker (ActiveMQ Artemis, core protocol) that carries partitions to workers
     */
    public record Ports(int postgres, int redis, int s3, int keycloak, int app, int broker) {}

    /**
     * The secrets the servers accept.
     *
     * @param dbOwnerPassword password of {@code synthesis_owner}, used by the migrate step only
     * @param dbAppPassword password of {@code synthesis_app}, used by the running app
     * @param redisPassword Redis's {@code requirepass}; URL-safe, as it travels in SYNTHESIS_REDIS_URL
     * @param s3SecretKey secret key of the S3 identity {@code synthesis}
     * @param keycloakAdminPassword password of the {@code admin} user of Keycloak's master realm
     * @param brokerPassword password of the broker's {@code synthesis} user
     */
    public record Secrets(
            String dbOwnerPassword, String dbAppPassword, String redisPassword, String s3SecretKey,
            String keycloakAdminPassword, String brokerPassword) {

        /** Well-known development secrets, documented in infra/README.md; never for production. */
        public static final Secrets DEVELOPMENT =
                new Secrets("synthesis_owner", "synthesis_app", "synthesis-redis", "synthesis-secret", "admin", "synthesis-broker");

        /** Fresh random secrets, so no test can pass by relying on a default. */
        public static Secrets random() {
            return new Secrets(token(), token(), token(), token(), token(), token());
        }

        private static String token() {
            byte[] bytes = new byte[16];
            new SecureRandom().nextBytes(bytes);
            return HexFormat.of().formatHex(bytes);
        }
    }
}
