package dev.synthesis.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlatformEnvironmentTest {

    private static final LocalPlatformSettings RUN = LocalPlatformSettings.forRun(Path.of("/repo/.local"));

    @Test
    void runEnvironmentMatchesTheDocumentedContract() {
        Map<String, String> environment = PlatformEnvironment.app(RUN);

        assertThat(environment).containsExactly(
                Map.entry("SYNTHESIS_DB_URL", "jdbc:postgresql://localhost:15432/synthesis"),
                Map.entry("SYNTHESIS_DB_APP_USER", "synthesis_app"),
                Map.entry("SYNTHESIS_DB_APP_PASSWORD", "synthesis_app"),
                Map.entry("SYNTHESIS_REDIS_URL", "redis://:synthesis-redis@localhost:16379"),
                Map.entry("SYNTHESIS_S3_ENDPOINT", "http://localhost:19000"),
                Map.entry("SYNTHESIS_S3_ACCESS_KEY", "synthesis"),
                Map.entry("SYNTHESIS_S3_SECRET_KEY", "synthesis-secret"),
                Map.entry("SYNTHESIS_S3_BUCKET", "synthesis"),
                Map.entry("SYNTHESIS_S3_REGION", "us-east-1"),
                Map.entry("SYNTHESIS_BROKER_URL", "tcp://localhost:61616"),
                Map.entry("SYNTHESIS_BROKER_USER", "synthesis"),
                Map.entry("SYNTHESIS_BROKER_PASSWORD", "synthesis-broker"),
                Map.entry("SYNTHESIS_OIDC_ISSUER_URI", "http://localhost:8180/realms/synthesis"),
                Map.entry("SYNTHESIS_OIDC_AUDIENCE", "synthesis-api"),
                Map.entry("SYNTHESIS_OIDC_SPA_CLIENT_ID", "synthesis-spa"),
                Map.entry("SYNTHESIS_APP_URL", "http://localhost:8080"));
    }

    @Test
    void onlyTheMigrateStepGetsTheOwnersCredentials() {
        Map<String, String> migration = PlatformEnvironment.migration(RUN);

        assertThat(migration).containsExactly(
                Map.entry("SYNTHESIS_DB_URL", "jdbc:postgresql://localhost:15432/synthesis"),
                Map.entry("SYNTHESIS_DB_OWNER_USER", "synthesis_owner"),
                Map.entry("SYNTHESIS_DB_OWNER_PASSWORD", "synthesis_owner"),
                Map.entry("SYNTHESIS_DB_APP_USER", "synthesis_app"));
        assertThat(PlatformEnvironment.app(RUN)).doesNotContainKeys("SYNTHESIS_DB_OWNER_USER", "SYNTHESIS_DB_OWNER_PASSWORD")
                .doesNotContainValue(RUN.secrets().dbOwnerPassword());
    }

    @Test
    void testEnvironmentFollowsTheRandomPortsAndSecrets() {
        LocalPlatformSettings settings = new LocalPlatformSettings(Path.of("/repo/.local"),
                Path.of("/tmp/data"), true, new LocalPlatformSettings.Ports(1001, 1002, 1003, 1004, 1005, 1006),
                new LocalPlatformSettings.Secrets("o", "a", "r", "s", "k", "b"), "http://localhost:1005");

        Map<String, String> environment = PlatformEnvironment.app(settings);

        assertThat(environment)
                .containsEntry("SYNTHESIS_DB_URL", "jdbc:postgresql://localhost:1001/synthesis")
                .containsEntry("SYNTHESIS_REDIS_URL", "redis://:r@localhost:1002")
                .containsEntry("SYNTHESIS_S3_ENDPOINT", "http://localhost:1003")
                .containsEntry("SYNTHESIS_OIDC_ISSUER_URI", "http://localhost:1004/realms/synthesis")
                .containsEntry("SYNTHESIS_APP_URL", "http://localhost:1005")
                .containsEntry("SYNTHESIS_DB_APP_PASSWORD", "a")
                .containsEntry("SYNTHESIS_S3_SECRET_KEY", "s")
                .containsEntry("SYNTHESIS_BROKER_URL", "tcp://localhost:1006")
                .containsEntry("SYNTHESIS_BROKER_PASSWORD", "b");
        assertThat(PlatformEnvironment.migration(settings)).containsEntry("SYNTHESIS_DB_OWNER_PASSWORD", "o");
    }
}
