package dev.synthesis.localplatform;

import dev.synthesis.localplatform.internal.KeycloakServer;
import dev.synthesis.localplatform.internal.PostgresServer;
import dev.synthesis.localplatform.internal.S3Server;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code SYNTHESIS_*} variables that point the application at the platform; docker-compose
 * sets the same names.
 */
final class PlatformEnvironment {

    private PlatformEnvironment() {}

    static Map<String, String> of(LocalPlatformSettings settings) {
        LocalPlatformSettings.Ports ports = settings.ports();
        LocalPlatformSettings.Secrets secrets = settings.secrets();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SYNTHESIS_DB_URL",
                "jdbc:postgresql://localhost:" + ports.postgres() + "/" + PostgresServer.DATABASE);
        environment.put("SYNTHESIS_DB_OWNER_USER", "synthesis_owner");
        environment.put("SYNTHESIS_DB_OWNER_PASSWORD", secrets.dbOwnerPassword());
        environment.put("SYNTHESIS_DB_APP_USER", "synthesis_app");
        environment.put("SYNTHESIS_DB_APP_PASSWORD", secrets.dbAppPassword());
        environment.put("SYNTHESIS_REDIS_URL", "redis://localhost:" + ports.redis());
        environment.put("SYNTHESIS_S3_ENDPOINT", S3Server.endpoint(settings));
        environment.put("SYNTHESIS_S3_ACCESS_KEY", S3Server.ACCESS_KEY);
        environment.put("SYNTHESIS_S3_SECRET_KEY", secrets.s3SecretKey());
        environment.put("SYNTHESIS_S3_BUCKET", S3Server.BUCKET);
        environment.put("SYNTHESIS_S3_REGION", S3Server.REGION);
        environment.put("SYNTHESIS_OIDC_ISSUER_URI", KeycloakServer.issuer(settings));
        environment.put("SYNTHESIS_OIDC_AUDIENCE", "synthesis-api");
        environment.put("SYNTHESIS_OIDC_SPA_CLIENT_ID", "synthesis-spa");
        environment.put("SYNTHESIS_APP_URL", settings.appUrl());
        return Collections.unmodifiableMap(environment);
    }
}
