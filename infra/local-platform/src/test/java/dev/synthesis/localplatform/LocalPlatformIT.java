package dev.synthesis.localplatform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.GetObjectArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.activemq.artemis.api.core.ActiveMQSecurityException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;
import tools.jackson.databind.JsonNode;

/** Starts the real platform once and checks each server the way the application will use it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalPlatformIT {

    private LocalPlatform platform;
    private Map<String, String> env;
    private KeycloakClient keycloak;

    @BeforeAll
    void startPlatform() {
        platform = LocalPlatform.start(LocalPlatformSettings.forTests(LocalHome.find()));
        env = platform.environment();
        keycloak = new KeycloakClient(env.get("SYNTHESIS_OIDC_ISSUER_URI"));
    }

    @Test
    void appRoleConnectsButIsNoSuperuserAndOwnsNothing() throws SQLException {
        try (Connection app = connect(env, "SYNTHESIS_DB_APP_USER", "SYNTHESIS_DB_APP_PASSWORD");
                Statement statement = app.createStatement()) {
            ResultSet role = statement.executeQuery(
                    "SELECT rolsuper, rolbypassrls, rolcreatedb, rolcreaterole FROM pg_roles"
                            + " WHERE rolname = current_user");
            assertThat(role.next()).isTrue();
            assertThat(List.of(role.getBoolean(1), role.getBoolean(2), role.getBoolean(3), role.getBoolean(4)))
                    .containsOnly(false);
            ResultSet owned = statement.executeQuery(
                    "SELECT (SELECT count(*) FROM pg_class WHERE relowner = r.oid)"
                            + " + (SELECT count(*) FROM pg_namespace WHERE nspowner = r.oid)"
                            + " + (SELECT count(*) FROM pg_database WHERE datdba = r.oid)"
                            + " FROM pg_roles r WHERE r.rolname = current_user");
            owned.next();
            assertThat(owned.getLong(1)).isZero();
        }
    }

    @Test
    void appRoleWithWrongPasswordIsRejected() {
        assertThatThrownBy(() -> DriverManager.getConnection(
                        env.get("SYNTHESIS_DB_URL"), env.get("SYNTHESIS_DB_APP_USER"), "wrong"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void ownerCreatesTablesTheAppUsesOnlyOnceGrantedAndCannotDrop() throws SQLException {
        try (Connection owner = connect(platform.migrationEnvironment(), "SYNTHESIS_DB_OWNER_USER", "SYNTHESIS_DB_OWNER_PASSWORD");
                Connection app = connect(env, "SYNTHESIS_DB_APP_USER", "SYNTHESIS_DB_APP_PASSWORD");
                Statement asOwner = owner.createStatement();
                Statement asApp = app.createStatement()) {
            asOwner.execute("CREATE TABLE probe (id bigint PRIMARY KEY, note text)");
            assertThatThrownBy(() -> asApp.executeQuery("SELECT * FROM probe"))
                    .hasMessageContaining("permission denied");

            asOwner.execute("GRANT SELECT, INSERT ON probe TO synthesis_app");
            asApp.execute("INSERT INTO probe VALUES (1, 'written by the app')");

            ResultSet rows = asApp.executeQuery("SELECT note FROM probe WHERE id = 1");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("written by the app");
            assertThatThrownBy(() -> asApp.execute("DROP TABLE probe")).hasMessageContaining("must be owner");
        }
    }

    @Test
    void redisAnswersPingWithThePasswordInItsUrl() {
        try (Jedis jedis = new Jedis(URI.create(env.get("SYNTHESIS_REDIS_URL")))) {
            assertThat(jedis.ping()).isEqualTo("PONG");
        }
    }

    @Test
    void redisRefusesClientsWithoutThePassword() {
        URI withPassword = URI.create(env.get("SYNTHESIS_REDIS_URL"));
        try (Jedis jedis = new Jedis(withPassword.getHost(), withPassword.getPort())) {
            assertThatThrownBy(jedis::ping).hasMessageContaining("NOAUTH");
        }
    }

    @Test
    void brokerCarriesAMessageForItsUserWithThePassword() throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(env.get("SYNTHESIS_BROKER_URL"));
                ClientSessionFactory factory = locator.createSessionFactory();
                ClientSession session = factory.createSession(env.get("SYNTHESIS_BROKER_USER"), env.get("SYNTHESIS_BROKER_PASSWORD"),
                        false, true, true, false, 0)) {
            session.createQueue(QueueConfiguration.of("platform-it").setRoutingType(RoutingType.ANYCAST).setDurable(false));
            ClientMessage sent = session.createMessage(false);
            sent.getBodyBuffer().writeString("partition 7");
            session.createProducer("platform-it").send(sent);
            ClientConsumer consumer = session.createConsumer("platform-it");
            session.start();
            assertThat(consumer.receive(30_000).getBodyBuffer().readString()).isEqualTo("partition 7");
        }
    }

    @Test
    void brokerRefusesAWrongPassword() throws Exception {
        try (ServerLocator locator = ActiveMQClient.createServerLocator(env.get("SYNTHESIS_BROKER_URL"));
                ClientSessionFactory factory = locator.createSessionFactory()) {
            assertThatThrownBy(() -> factory.createSession(env.get("SYNTHESIS_BROKER_USER"), "not-the-password", false, true, true,
                    false, 0)).isInstanceOf(ActiveMQSecurityException.class);
        }
    }

    @Test
    void s3StoresAndReturnsAnObject() throws Exception {
        MinioClient s3 = s3Client(env.get("SYNTHESIS_S3_SECRET_KEY"));
        byte[] content = "synthetic rows".getBytes(StandardCharsets.UTF_8);
        s3.putObject(PutObjectArgs.builder().bucket(env.get("SYNTHESIS_S3_BUCKET")).object("a/b.txt")
                .stream(new ByteArrayInputStream(content), content.length, -1)
                .contentType("text/plain").build());
        try (InputStream in = s3.getObject(
                GetObjectArgs.builder().bucket(env.get("SYNTHESIS_S3_BUCKET")).object("a/b.txt").build())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void s3RejectsAWrongSecret() {
        MinioClient s3 = s3Client("not-the-secret");
        byte[] content = {1, 2, 3};
        assertThatThrownBy(() -> s3.putObject(PutObjectArgs.builder()
                        .bucket(env.get("SYNTHESIS_S3_BUCKET")).object("intruder.bin")
                        .stream(new ByteArrayInputStream(content), content.length, -1).build()))
                .isInstanceOfSatisfying(ErrorResponseException.class,
                        e -> assertThat(e.errorResponse().code()).isEqualTo("SignatureDoesNotMatch"));
    }

    @Test
    void aliceTokenCarriesHerTenantAndTheApiAudience() {
        JsonNode claims = keycloak.passwordGrant("synthesis-tests", "alice", "alice");

        assertThat(claims.get("tenant_id").asString()).isEqualTo("acme");
        assertThat(KeycloakClient.audiences(claims)).contains(env.get("SYNTHESIS_OIDC_AUDIENCE"));
        assertThat(claims.get("iss").asString()).isEqualTo(env.get("SYNTHESIS_OIDC_ISSUER_URI"));
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(15 * 60);
    }

    /** Brute-force protection is on, yet two tabs or parallel scripts of one user all get in. */
    @Test
    void concurrentLoginsOfOneUserAllSucceed() {
        List<CompletableFuture<JsonNode>> logins = IntStream.range(0, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> keycloak.passwordGrant("synthesis-tests", "alice", "alice")))
                .toList();

        assertThat(logins).allSatisfy(login -> assertThat(login.join().get("tenant_id").asString()).isEqualTo("acme"));
    }

    @Test
    void idTokenAndUserinfoCarryTheTenantToo() {
        JsonNode tokens = keycloak.tokens("synthesis-tests", "bob", "bob");

        assertThat(keycloak.claims(tokens.get("id_token").asString()).get("tenant_id").asString())
                .isEqualTo("globex");
        assertThat(keycloak.userinfo(tokens.get("access_token").asString()).get("tenant_id").asString())
                .isEqualTo("globex");
    }

    @Test
    void adminTokenCarriesThePlatformAdminRole() {
        JsonNode claims = keycloak.passwordGrant("synthesis-tests", "admin", "admin");

        assertThat(claims.get("tenant_id").asString()).isEqualTo("platform");
        assertThat(claims.get("realm_access").get("roles").values().stream().map(JsonNode::asString))
                .contains("platform-admin");
    }

    @Test
    void tokenForAnotherAudienceLacksTheApiAudience() {
        JsonNode claims = keycloak.passwordGrant("synthesis-other", "bob", "bob");

        assertThat(KeycloakClient.audiences(claims))
                .contains("other-api")
                .doesNotContain(env.get("SYNTHESIS_OIDC_AUDIENCE"));
        assertThat(claims.get("tenant_id").asString()).isEqualTo("globex");
    }

    @Test
    void spaLoginAcceptsRedirectsOnlyToTheAppUrlAndRequiresPkce() {
        String appUrl = env.get("SYNTHESIS_APP_URL");

        assertThat(keycloak.authorizeStatus("synthesis-spa", appUrl + "/callback", true)).isEqualTo(200);
        assertThat(keycloak.authorizeStatus("synthesis-spa", "http://localhost:1/callback", true))
                .isEqualTo(400);
        assertThat(keycloak.authorizeRedirect("synthesis-spa", appUrl + "/callback", false))
                .contains("error=invalid_request");
    }

    @Test
    @Order(Integer.MAX_VALUE - 2)
    void doesNotStartTheApplicationWhenItsMigrationFails(@TempDir Path dir) throws Exception {
        Path jar = FakeApplication.jar(dir);
        Files.createFile(dir.resolve(FakeApplication.FAIL_MIGRATION));

        assertThatThrownBy(() -> platform.startApplication(jar))
                .isInstanceOf(ServiceStartFailed.class)
                .hasMessageContaining("not migrated (exit code 3)")
                .hasMessageContaining("migrate.log");
        assertThatThrownBy(() -> get(env.get("SYNTHESIS_APP_URL") + "/actuator/health")).isInstanceOf(IOException.class);
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void migratesAsTheOwnerThenStartsTheApplicationJarWithoutTheOwnersCredentials(@TempDir Path dir) throws Exception {
        platform.startApplication(FakeApplication.jar(dir));

        assertThat(Files.readAllLines(dir.resolve(FakeApplication.MIGRATION_ENVIRONMENT)))
                .contains("SYNTHESIS_DB_OWNER_USER=synthesis_owner",
                        "SYNTHESIS_DB_OWNER_PASSWORD=" + platform.settings().secrets().dbOwnerPassword(),
                        "SYNTHESIS_DB_APP_USER=" + env.get("SYNTHESIS_DB_APP_USER"),
                        "SYNTHESIS_DB_URL=" + env.get("SYNTHESIS_DB_URL"));
        String appUrl = env.get("SYNTHESIS_APP_URL");
        for (String name : List.of("SYNTHESIS_DB_URL", "SYNTHESIS_OIDC_ISSUER_URI", "SYNTHESIS_S3_SECRET_KEY")) {
            assertThat(get(appUrl + "/env/" + name)).isEqualTo(env.get(name));
        }
        // also taken out of what the app would inherit: the build sets them for this test JVM (pom.xml)
        assertThat(System.getenv("SYNTHESIS_DB_OWNER_PASSWORD")).isNotBlank();
        assertThat(get(appUrl + "/env/SYNTHESIS_DB_OWNER_USER")).isEmpty();
        assertThat(get(appUrl + "/env/SYNTHESIS_DB_OWNER_PASSWORD")).isEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void closeStopsEveryProcessAndDeletesTheData() {
        List<ProcessHandle> processes = platform.processes();
        // postgres, redis, s3proxy, Keycloak (kc.sh and its JVM, or one process where the script
        // execs the JVM, as on a fresh unpack) and the application
        assertThat(processes).hasSizeGreaterThanOrEqualTo(5);

        platform.close();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(ProcessHandle.current().descendants()).noneMatch(ProcessHandle::isAlive);
        assertThat(Files.exists(platform.settings().dataDir())).isFalse();
    }

    private static String get(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    private static Connection connect(Map<String, String> variables, String userVariable, String passwordVariable)
            throws SQLException {
        return DriverManager.getConnection(
                variables.get("SYNTHESIS_DB_URL"), variables.get(userVariable), variables.get(passwordVariable));
    }

    private MinioClient s3Client(String secret) {
        return MinioClient.builder()
                .endpoint(env.get("SYNTHESIS_S3_ENDPOINT"))
                .region(env.get("SYNTHESIS_S3_REGION"))
                .credentials(env.get("SYNTHESIS_S3_ACCESS_KEY"), secret)
                .build();
    }
}
