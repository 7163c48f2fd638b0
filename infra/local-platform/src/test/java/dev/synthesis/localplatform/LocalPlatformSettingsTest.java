package dev.synthesis.localplatform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.localplatform.internal.FileTrees;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformSettingsTest {

    @TempDir
    Path localHome;

    @Test
    void runSettingsUseTheDocumentedPortsAndPersistentData() {
        LocalPlatformSettings settings = LocalPlatformSettings.forRun(localHome);

        assertThat(settings.ports())
                .isEqualTo(new LocalPlatformSettings.Ports(15432, 16379, 19000, 8180, 8080, 61616));
        assertThat(settings.dataDir()).isEqualTo(localHome.resolve("data"));
        assertThat(settings.temporary()).isFalse();
        assertThat(settings.appUrl()).isEqualTo("http://localhost:8080");
        assertThat(settings.logDir()).isEqualTo(localHome.resolve("logs/run"));
    }

    @Test
    void testSettingsGetFreshSecretsPortsAndTemporaryData() {
        LocalPlatformSettings first = LocalPlatformSettings.forTests(localHome);
        LocalPlatformSettings second = LocalPlatformSettings.forTests(localHome);
        try {
            assertThat(first.temporary()).isTrue();
            assertThat(first.dataDir()).isDirectory().isNotEqualTo(second.dataDir());
            assertThat(first.secrets()).isNotEqualTo(second.secrets());
            assertThat(first.secrets().dbAppPassword()).hasSize(32)
                    .isNotEqualTo(first.secrets().dbOwnerPassword());
            assertThat(first.appUrl()).isEqualTo("http://localhost:" + first.ports().app());
        } finally {
            List.of(first.dataDir(), second.dataDir()).forEach(FileTrees::delete);
        }
    }

    @Test
    void serverPathsCarryTheVersionsTheBuildFetched() {
        LocalPlatformSettings settings = LocalPlatformSettings.forRun(localHome);

        assertThat(settings.keycloakHome().getFileName().toString()).matches("keycloak-\\d+\\.\\d+\\.\\d+");
        assertThat(settings.s3proxyJar().getFileName().toString())
                .matches("s3proxy-\\d+\\.\\d+\\.\\d+-jar-with-dependencies\\.jar");
        assertThat(Files.exists(settings.keycloakHome())).isFalse();
    }
}
