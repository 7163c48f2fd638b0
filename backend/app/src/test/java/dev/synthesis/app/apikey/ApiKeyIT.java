package dev.synthesis.app.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.AppProcess;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.Keys;
import dev.synthesis.app.support.Keys.Key;
import dev.synthesis.app.support.TenantSql;
import dev.synthesis.app.support.TestPlatform;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A key's life: created (shown once, stored as a hash), used alone for the whole pipeline, limited by its scopes, expired, revoked. */
@Order(3)
class ApiKeyIT extends IntegrationTest {

    private final Api alice = as("alice");

    @Test
    void theSecretIsShownOnceAndOnlyItsHashIsStored() throws Exception {
        String name = "ci-pipeline " + UUID.randomUUID();
        JsonNode created = alice.post("/api/keys", """
                {"name": "%s", "scopes": ["read", "generate"], "expiresAt": "2099-01-01T00:00:00Z"}""".formatted(name))
                .expect(201).json();
        String secret = created.get("secret").asString();
        String prefix = created.get("prefix").asString();

        assertThat(prefix).matches("[a-z0-9]{8}");
        assertThat(secret).startsWith("syn_" + prefix + "_").hasSizeGreaterThanOrEqualTo(4 + 8 + 1 + 43);
        assertThat(created.get("name").asString()).isEqualTo(name);
        assertThat(created.get("scopes").valueStream().map(JsonNode::asString)).containsExactly("read", "generate");
        assertThat(created.get("status").asString()).isEqualTo("active");
        assertThat(created.get("createdBy").asString()).isEqualTo("alice");
        assertThat(created.get("expiresAt").asString()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(created.get("lastUsedAt").isNull()).isTrue();
        assertThat(created.get("revokedAt").isNull()).isTrue();

        Response list = alice.get("/api/keys").expect(200);
        assertThat(list.body()).doesNotContain(secret).doesNotContain(secret.substring(13));
        JsonNode listed = list.json().valueStream().filter(key -> key.get("prefix").asString().equals(prefix)).findFirst().orElseThrow();
        assertThat(listed.has("secret")).isFalse();
        assertThat(listed.get("id").asString()).isEqualTo(created.get("id").asString());

        List<Map<String, Object>> stored = TenantSql.rows("acme", "select * from api_keys where prefix = ?", prefix);
        assertThat(stored).hasSize(1);
        for (Object column : stored.getFirst().values()) {
            assertThat(String.valueOf(column)).doesNotContain(secret.substring(13));
        }
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.US_ASCII));
        assertThat(HexFormat.of().formatHex((byte[]) stored.getFirst().get("secret_hash"))).isEqualTo(HexFormat.of().formatHex(sha256));
    }

    @Test
    void aKeyAloneRunsUploadTrainGenerateAndDownload() throws Exception {
        Key key = Keys.create(alice, "\"read\", \"generate\", \"manage\"");
        Api program = key.api();

        Seeded customers = Jobs.seeded(program, "Key pipeline", 300);
        customers.train(program);
        String job = customers.generate(program, "\"rows\": 200, \"seed\": 4");
        Jobs.awaitCompleted(program, "/api/generate/" + job + "/status");
        HttpResponse<InputStream> download = program.stream("/api/generate/" + job + "/download");

        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream csv = new GZIPInputStream(download.body())) {
            assertThat(new String(csv.readAllBytes(), StandardCharsets.UTF_8).lines()).hasSize(201);
        }
        assertThat(program.get("/api/seeds/" + customers.seedId()).expect(200).json().get("createdBy").asString())
                .isEqualTo("key:" + key.prefix());
        assertThat(program.get("/api/me").expect(200).json().toString())
                .contains("\"username\":\"key:" + key.prefix() + "\"", "\"tenantId\":\"acme\"", "\"roles\":[\"api-key\"]");
        assertThat(listed(key).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void aKeyIsRefusedWhatItsScopesDoNotCover() {
        Api reader = Keys.create(alice, "\"read\"").api();
        Api generator = Keys.create(alice, "\"generate\"").api();

        assertThat(reader.get("/api/schemas").status()).isEqualTo(200);
        Response refused = reader.post("/api/generate", "{\"schemaId\": \"%s\"}".formatted(UUID.randomUUID()));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:synthesis:problem:insufficient-scope");
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("this API key lacks the scope 'generate' needed for POST /api/generate");
        assertThat(reader.post("/api/keys", "{\"name\": \"more\", \"scopes\": [\"manage\"]}").json().get("detail").asString())
                .contains("'manage'");

        assertThat(generator.get("/api/seeds").status()).isEqualTo(200);
        assertThat(generator.post("/api/schemas", schemaJson("By a generate key " + UUID.randomUUID())).status()).isEqualTo(403);
        assertThat(generator.delete("/api/seeds/" + UUID.randomUUID(), null).json().get("detail").asString())
                .contains("'manage'", "DELETE /api/seeds/");
    }

    @Test
    void keysNeverReachAdminEndpoints() {
        Api manager = Keys.create(as("admin"), "\"manage\"").api();

        for (Response refused : List.of(manager.get("/api/admin/audit"), manager.get("/api/admin/tenants/acme/quotas"),
                manager.put("/api/admin/tenants/acme/quotas", "{\"maxSeedBytes\": 1}", null))) {
            assertThat(refused.status()).as(refused.call()).isEqualTo(403);
            assertThat(refused.json().get("detail").asString()).isEqualTo("API keys cannot call admin endpoints");
        }
        assertThat(manager.get("/api/me").json().get("roles").toString()).doesNotContain("platform-admin");
    }

    @Test
    void anExpiredKeyIsRefused() throws Exception {
        Key key = Keys.create(alice, "\"read\"");
        key.api().get("/api/schemas").expect(200);

        Instant past = Instant.parse("2026-01-02T03:04:05Z");
        assertThat(TenantSql.updateAsOwner("acme", "update api_keys set expires_at = ? where prefix = ?",
                Timestamp.from(past), key.prefix())).isEqualTo(1);
        Response refused = key.api().get("/api/schemas");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asString()).isEqualTo("this API key expired on 2026-01-02T03:04:05Z");
        assertThat(refused.headers().getFirst("WWW-Authenticate")).contains("invalid_token");
        assertThat(listed(key).get("status").asString()).isEqualTo("expired");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceByEveryInstance() throws Exception {
        Key key = Keys.create(alice, "\"read\"");
        try (AppProcess second = AppProcess.start("api-keys-second", Map.of())) {
            key.on(second.url()).get("/api/schemas").expect(200);

            alice.delete("/api/keys/" + key.id(), null).expect(204);
            Response refused = key.on(second.url()).get("/api/schemas");

            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("detail").asString()).isEqualTo("this API key was revoked");
        }
        assertThat(key.api().get("/api/schemas").status()).isEqualTo(401);
        JsonNode revoked = listed(key);
        assertThat(revoked.get("status").asString()).isEqualTo("revoked");
        assertThat(revoked.get("revokedAt").isNull()).isFalse();
        alice.delete("/api/keys/" + key.id(), null).expect(204);
        assertThat(alice.delete("/api/keys/" + UUID.randomUUID(), null).status()).isEqualTo(404);
    }

    @Test
    void unknownOrMalformedKeysAreRefused() {
        for (String token : List.of("syn_abcdefgh_" + "A".repeat(43), "syn_short")) {
            Response refused = Api.withToken(TestPlatform.appUrl(), token).get("/api/schemas");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().get("detail").asString()).isEqualTo("unknown API key");
        }
    }

    @Test
    void creationChecksTheRequest() {
        for (String invalid : List.of("{\"name\": \" \", \"scopes\": [\"read\"]}",
                "{\"name\": \"%s\", \"scopes\": [\"read\"]}".formatted("n".repeat(101)),
                "{\"name\": \"no scopes\", \"scopes\": []}",
                "{\"name\": \"unknown scope\", \"scopes\": [\"admin\"]}",
                "{\"name\": \"in the past\", \"scopes\": [\"read\"], \"expiresAt\": \"2020-01-01T00:00:00Z\"}")) {
            Response refused = alice.post("/api/keys", invalid);
            assertThat(refused.status()).as(invalid + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:synthesis:problem:invalid-request");
        }
        assertThat(alice.post("/api/keys", "{\"name\": \"no scopes\", \"scopes\": []}").json().get("detail").asString())
                .isEqualTo("scopes: must not be empty");
    }

    @Test
    void aKeyWithManageCreatesAndRevokesKeysAndTheTrailSaysSo() {
        Key manager = Keys.create(alice, "\"manage\"");
        Key made = Keys.create(manager.api(), "\"read\"");
        manager.api().delete("/api/keys/" + made.id(), null).expect(204);

        assertThat(made.created().get("createdBy").asString()).isEqualTo("key:" + manager.prefix());
        List<JsonNode> trail = alice.get("/api/audit?size=200").expect(200).json().get("content").valueStream()
                .filter(event -> event.get("target").asString("").equals(made.prefix())).toList();
        assertThat(trail).extracting(event -> event.get("action").asString()).containsExactly("api-key.revoked", "api-key.created");
        assertThat(trail).allSatisfy(event -> {
            assertThat(event.get("actor").asString()).isEqualTo("key:" + manager.prefix());
            assertThat(event.get("actorKind").asString()).isEqualTo("api-key");
            assertThat(event.get("tenantId").asString()).isEqualTo("acme");
            assertThat(event.get("details").get("scopes").toString()).isEqualTo("[\"read\"]");
            assertThat(event.get("sourceIp").asString()).isNotBlank();
        });
    }

    /** In the platform tenant, where no other test class makes keys; the keys made here are revoked again. */
    @Test
    void aTenantMayHaveFiftyWorkingKeys() {
        Api admin = as("admin");
        long working = admin.get("/api/keys").expect(200).json().valueStream()
                .filter(key -> key.get("status").asString().equals("active")).count();
        List<String> made = new ArrayList<>();
        try {
            for (long i = working; i < 50; i++) {
                made.add(Keys.create(admin, "\"read\"").id());
            }
            Response refused = admin.post("/api/keys", "{\"name\": \"one too many\", \"scopes\": [\"read\"]}");

            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("type").asString()).isEqualTo("urn:synthesis:problem:api-key-limit");
        } finally {
            made.forEach(id -> admin.delete("/api/keys/" + id, null).expect(204));
        }
        assertThat(admin.post("/api/keys", "{\"name\": \"room again\", \"scopes\": [\"read\"]}").status()).isEqualTo(201);
    }

    private JsonNode listed(Key key) {
        return alice.get("/api/keys").expect(200).json().valueStream()
                .filter(listed -> listed.get("id").asString().equals(key.id())).findFirst().orElseThrow();
    }
}
