package dev.synthesis.localplatform;

import dev.synthesis.localplatform.internal.BrokerServer;
import dev.synthesis.localplatform.internal.KeycloakServer;
import dev.synthesis.localplatform.internal.PostgresServer;
import dev.synthesis.localplatform.internal.S3Server;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code SYNTHESIS_*} variables that point the application at the platform; docker-compose
 * sets the same names. The serving app and the migrate step get different sets: only the migrate
 * step gets the credentials of the role that owns the tables.
 */
final class PlatformEnvironment {

    private static final String APP_ROLE = "synthesis_app";
    private static final String OWNER_ROLE = "synthesis_owner";

    private PlatformEnvironment() {}

    /** What the serving app reads: every address and its own role's credentials, never the owner's. */
    static Map<String, String> app(LocalPlatformSettings settings) {
        LocalPlatformSettings.Ports ports = settings.ports();
        LocalPlatformSettings.Secrets secrets = settings.secrets();
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SYNTHESIS_DB_URL", databaseUrl(settings));
        environment.put("SYNTHESIS_DB_APP_USER", APP_ROLE);
        environment.put("SYNTHESIS_DB_APP_PASSWORD", secrets.dbAppPassword());
        environment.put("SYNTHESIS_REDIS_URL", "redis://:" + secrets.redisPassword() + "@localhost:" + ports.redis());
        environment.put("SYNTHESIS_S3_ENDPOINT", S3Server.endpoint(settings));
        environment.put("SYNTHESIS_S3_ACCESS_KEY", S3Server.ACCESS_KEY);
        environment.put("SYNTHESIS_S3_SECRET_KEY", secrets.s3SecretKey());
        environment.put("SYNTHESIS_S3_BUCKET", S3Server.BUCKET);
        environment.put("SYNTHESIS_S3_REGION", S3Server.REGION);
        environment.put("SYNTHESIS_BROKER_URL", BrokerServer.url(settings));
        environment.put("SYNTHESIS_BROKER_USER", BrokerServer.USER);
        environment.put("SYNTHESIS_BROKER_PASSWORD", secrets.brokerPassword());
        environment.put("SYNTHESIS_OIDC_ISSUER_URI", KeycloakServer.issuer(settings));
        environment.put("SYNTHESIS_OIDC_AUDIENCE", "synthesis-api");
        environment.put("SYNTHESIS_OIDC_SPA_CLIENT_ID", "synthesis-spa");
        environment.put("SYNTHESIS_APP_URL", settings.appUrl());
        return Collections.unmodifiableMap(environment);
    }

    /**
     * What {@code java -jar synthesis-app.jar migrate} reads: the database, the owner it migrates
     * as, and the app role the migrations grant to.
     */
    static Map<String, String> migration(LocalPlatformSettings settings) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SYNTHESIS_DB_URL", databaseUrl(settings));
        environment.put("SYNTHESIS_DB_OWNER_USER", OWNER_ROLE);
        environment.put("SYNTHESIS_DB_OWNER_PASSWORD", settings.secrets().dbOwnerPassword());
        environment.put("SYNTHESIS_DB_APP_USER", APP_ROLE);
        return Collections.unmodifiableMap(environment);
    }

    private static String databaseUrl(LocalPlatformSettings settings) {
        return "jdbc:postgresql://localhost:" + settings.ports().postgres() + "/" + PostgresServer.DATABASE;
    }
}
