package dev.synthesis.app.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.Keys;
import dev.synthesis.app.support.Keys.Key;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A key has exactly its tenant's reach: an acme key that may do everything (manage) gets 404 for
 * every one of globex's resources on every endpoint, changes none of them, and lists only acme's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiKeyIsolationIT extends IntegrationTest {

    /** In the name of every globex resource, so any answer that shows one is caught. */
    private final String marker = "globex-only-" + UUID.randomUUID();
    private final Api bob = as("bob");
    private Api acmeKey;
    private Seeded globex;
    private String globexRun;
    private String globexJob;
    private String globexDeployment;
    private Key globexKey;

    @BeforeAll
    void givenGlobexResourcesOfEveryKindAndAnAcmeKey() {
        acmeKey = Keys.create(as("alice"), "\"manage\"").api();
        String seedId = bob.upload(marker + ".csv", Jobs.customersCsv(200).getBytes(StandardCharsets.UTF_8)).expect(201).id();
        String schemaId = bob.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"" + marker + "\"}").expect(201).id();
        globex = new Seeded(seedId, schemaId, null);
        globexRun = globex.train(bob);
        globexJob = globex.generate(bob, "\"rows\": 50");
        Jobs.awaitCompleted(bob, "/api/generate/" + globexJob + "/status");
        String dated = bob.post("/api/schemas", """
                {"name": "%s dated", "fields": [
                  {"name": "day", "type": "date", "constraints": {"min": "2020-01-01", "max": "2035-12-31"}}],
                 "targetVolume": {"recordsPerDay": 10, "days": 2}}""".formatted(marker)).expect(201).id();
        globexDeployment = bob.post("/api/schemas/" + dated + "/deployments", "{\"startDate\": \"2030-01-01\"}").expect(201).id();
        globexKey = Keys.create(bob, "\"read\"");
    }

    @Test
    void everyEndpointAnswersNotFoundForTheOtherTenantsResources() {
        String schema = "/api/schemas/" + globex.schemaId();
        String seed = "/api/seeds/" + globex.seedId();
        List<Response> answers = List.of(
                acmeKey.get(schema), acmeKey.get(schema + "/versions"), acmeKey.get(schema + "/versions/1"),
                acmeKey.put(schema, schemaJson("Hijacked " + UUID.randomUUID()), "*"), acmeKey.delete(schema, null),
                acmeKey.post(schema + "/preview", null), acmeKey.post(schema + "/validate", "{\"seedId\": \"" + globex.seedId() + "\"}"),
                acmeKey.post(schema + "/deployments", "{}"),
                acmeKey.get(seed), acmeKey.get(seed + "/profile"), acmeKey.post(seed + "/schema", "{}"), acmeKey.delete(seed, null),
                acmeKey.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(globex.schemaId(), globex.seedId())),
                acmeKey.get("/api/train/" + globexRun + "/status"), acmeKey.get("/api/train/" + globexRun + "/models"),
                acmeKey.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 10}".formatted(globex.schemaId())),
                acmeKey.get("/api/generate/" + globexJob + "/status"), acmeKey.get("/api/generate/" + globexJob + "/metrics"),
                acmeKey.get("/api/generate/" + globexJob + "/download"), acmeKey.post("/api/generate/" + globexJob + "/cancel", null),
                acmeKey.get("/api/deployments/" + globexDeployment),
                acmeKey.post("/api/deployments/" + globexDeployment + "/run-next", null),
                acmeKey.delete("/api/keys/" + globexKey.id(), null));

        for (Response answer : answers) {
            assertThat(answer.status()).as(answer.call() + ": " + answer.body()).isEqualTo(404);
            assertThat(answer.body()).as(answer.call()).doesNotContain(marker);
        }
        assertThat(acmeKey.stream("/api/jobs/" + globexJob + "/events").statusCode()).isEqualTo(404);
    }

    @Test
    void listsShowOnlyTheKeysTenant() {
        List<String> lists = new ArrayList<>();
        for (String list : List.of("/api/schemas?size=2000", "/api/seeds?size=2000", "/api/train?size=2000",
                "/api/generate?size=2000", "/api/deployments?size=2000", "/api/keys", "/api/audit?size=2000", "/api/quotas")) {
            lists.add(acmeKey.get(list).expect(200).body());
        }

        assertThat(lists).allSatisfy(body -> assertThat(body)
                .doesNotContain(marker, globex.seedId(), globexRun, globexJob, globexDeployment, globexKey.prefix()));
        assertThat(acmeKey.get("/api/audit?size=2000").json().get("content").valueStream())
                .allSatisfy(event -> assertThat(event.get("tenantId").asString()).isEqualTo("acme"));
    }

    @Test
    void theOtherTenantsResourcesAreUnchanged() {
        acmeKey.delete("/api/schemas/" + globex.schemaId(), null);
        acmeKey.delete("/api/keys/" + globexKey.id(), null);

        assertThat(bob.get("/api/schemas/" + globex.schemaId()).expect(200).json().get("name").asString()).isEqualTo(marker);
        assertThat(bob.get("/api/seeds/" + globex.seedId()).status()).isEqualTo(200);
        assertThat(globexKey.api().get("/api/schemas").status()).isEqualTo(200);
    }
}
