package dev.synthesis.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Waits;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The admin API. It changes only tenants of its own: suspended-co (whose one user is suspend-me)
 * and tenants it creates under random ids; bob's job it lists and cancels is its own too.
 */
class AdminIT extends IntegrationTest {

    private static final String SUSPENDED = "urn:synthesis:problem:tenant-suspended";

    private final Api admin = as("admin");
    private final Api alice = as("alice");
    private final Api bob = as("bob");

    @Test
    void everyAdminEndpointRefusesTenantUsersAndAnonymousCallers() {
        String job = UUID.randomUUID().toString();
        List<Call> calls = List.of(
                api -> api.get("/api/admin/tenants"),
                api -> api.get("/api/admin/tenants/acme"),
                api -> api.post("/api/admin/tenants", "{\"id\": \"stolen-" + UUID.randomUUID() + "\", \"name\": \"Stolen\"}"),
                api -> api.post("/api/admin/tenants/globex/suspend", null),
                api -> api.post("/api/admin/tenants/globex/resume", null),
                api -> api.get("/api/admin/jobs"),
                api -> api.post("/api/admin/jobs/" + job + "/cancel?tenant=globex", null));

        for (Call call : calls) {
            Response asAlice = call.on(alice);
            Response asNobody = call.on(anonymous());

            assertThat(asAlice.status()).as(asAlice.call()).isEqualTo(403);
            assertThat(asAlice.json().get("type").asString()).isEqualTo("urn:synthesis:problem:forbidden");
            assertThat(asNobody.status()).as(asNobody.call()).isEqualTo(401);
            assertThat(asNobody.json().get("type").asString()).isEqualTo("urn:synthesis:problem:unauthenticated");
        }
        assertThat(bob.get("/api/me").status()).isEqualTo(200);
    }

    @Test
    void createsATenantBeforeItsFirstUserAndListsItById() {
        String id = "initech-" + UUID.randomUUID().toString().substring(0, 8);

        Response created = admin.post("/api/admin/tenants", "{\"id\": \"%s\", \"name\": \"Initech Ltd\"}".formatted(id));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().getLocation()).hasToString("/api/admin/tenants/" + id);
        JsonNode tenant = created.json();
        assertThat(tenant.get("id").asString()).isEqualTo(id);
        assertThat(tenant.get("name").asString()).isEqualTo("Initech Ltd");
        assertThat(tenant.get("status").asString()).isEqualTo("active");
        assertThat(tenant.get("createdBy").asString()).isEqualTo("admin");
        assertThat(tenant.get("createdAt").isNull()).isFalse();
        assertThat(tenant.get("suspendedAt").isNull()).isTrue();
        assertThat(tenant.get("runningJobs").asLong()).isZero();
        assertThat(tenant.get("queuedJobs").asLong()).isZero();
        assertThat(admin.get("/api/admin/tenants/" + id).expect(200).json()).isEqualTo(tenant);
        List<String> ids = ids(admin.get("/api/admin/tenants").expect(200).json());
        assertThat(ids).contains(id, "acme", "platform").isSorted();
    }

    @Test
    void refusesADuplicateIdABadIdAndAnUnknownTenant() {
        String id = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/admin/tenants", "{\"id\": \"%s\", \"name\": \"First\"}".formatted(id)).expect(201);

        Response duplicate = admin.post("/api/admin/tenants", "{\"id\": \"%s\", \"name\": \"Second\"}".formatted(id));
        Response badId = admin.post("/api/admin/tenants", "{\"id\": \"Not A Tenant\", \"name\": \"Bad\"}");
        Response noName = admin.post("/api/admin/tenants", "{\"id\": \"%s-x\", \"name\": \"\"}".formatted(id));
        Response unknown = admin.get("/api/admin/tenants/no-such-" + id);

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("type").asString()).isEqualTo("urn:synthesis:problem:conflict");
        assertThat(admin.get("/api/admin/tenants/" + id).expect(200).json().get("name").asString()).isEqualTo("First");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("errors").get(0).get("path").asString()).isEqualTo("id");
        assertThat(badId.json().get("detail").asString()).contains("lower-case letters");
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.json().get("errors").get(0).get("path").asString()).isEqualTo("name");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asString()).isEqualTo("no tenant 'no-such-" + id + "'");
        assertThat(admin.post("/api/admin/tenants/no-such-" + id + "/suspend", null).status()).isEqualTo(404);
        assertThat(admin.post("/api/admin/tenants/no-such-" + id + "/resume", null).status()).isEqualTo(404);
    }

    @Test
    void aSuspendedTenantsUsersGetAClear403UntilItIsResumed() {
        Api member = as("suspend-me");
        member.get("/api/schemas").expect(200);
        try {
            JsonNode suspended = admin.post("/api/admin/tenants/suspended-co/suspend", null).expect(200).json();

            assertThat(suspended.get("status").asString()).isEqualTo("suspended");
            assertThat(suspended.get("suspendedBy").asString()).isEqualTo("admin");
            assertThat(suspended.get("suspendedAt").isNull()).isFalse();
            for (Response refused : List.of(member.get("/api/schemas"), member.get("/api/me"),
                    member.post("/api/schemas", schemaJson("while suspended")))) {
                assertThat(refused.status()).as(refused.call()).isEqualTo(403);
                assertThat(refused.headers().getContentType()).hasToString("application/problem+json");
                assertThat(refused.json().get("type").asString()).isEqualTo(SUSPENDED);
                assertThat(refused.json().get("detail").asString())
                        .isEqualTo("Tenant 'suspended-co' is suspended; contact your platform administrator.");
            }
            assertThat(alice.get("/api/schemas").status()).isEqualTo(200);
        } finally {
            JsonNode resumed = admin.post("/api/admin/tenants/suspended-co/resume", null).expect(200).json();
            assertThat(resumed.get("status").asString()).isEqualTo("active");
            assertThat(resumed.get("suspendedAt").isNull()).isTrue();
        }
        assertThat(member.get("/api/schemas").status()).isEqualTo(200);
        assertAudited(admin.get("/api/admin/audit?tenant=suspended-co&size=50"));
        assertAudited(member.get("/api/audit?size=50"));
    }

    /** Both admin actions are in the tenant's trail, by the admin, with the address they came from. */
    private static void assertAudited(Response trail) {
        List<JsonNode> events = StreamSupport.stream(trail.expect(200).json().get("content").spliterator(), false).toList();
        for (String action : List.of("tenant.suspended", "tenant.resumed")) {
            assertThat(events).as(action).anySatisfy(event -> {
                assertThat(event.get("action").asString()).isEqualTo(action);
                assertThat(event.get("actor").asString()).isEqualTo("admin");
                assertThat(event.get("actorKind").asString()).isEqualTo("admin");
                assertThat(event.get("tenantId").asString()).isEqualTo("suspended-co");
                assertThat(event.get("sourceIp").asString()).isNotBlank();
            });
        }
    }

    @Test
    void thePlatformTenantCannotBeSuspended() {
        Response refused = admin.post("/api/admin/tenants/platform/suspend", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).isEqualTo("the platform tenant cannot be suspended");
        assertThat(admin.get("/api/admin/tenants/platform").expect(200).json().get("status").asString()).isEqualTo("active");
    }

    /** Field names unique to this test, so finding one in the admin's JSON could only mean a leak. */
    @Test
    void listsAnotherTenantsRunningJobWithMetadataOnlyAndCancelsIt() {
        String marker = "leak" + UUID.randomUUID().toString().substring(0, 8);
        String schemaId = bob.post("/api/schemas", secretSchema(marker)).expect(201).id();
        String job = bob.post("/api/generate", """
                {"schemaId": "%s", "rows": 100000000, "seed": 424242424242}""".formatted(schemaId)).expect(202).id();
        try {
            JsonNode listed = Waits.until("bob's job in the admin's list", () -> admin.get("/api/admin/jobs").expect(200),
                    jobs -> find(jobs.json(), job) != null).json();
            JsonNode entry = find(listed, job);

            assertThat(fieldNames(entry)).isEqualTo(Set.of("id", "tenantId", "kind", "status", "rows", "rowsWritten",
                    "createdAt", "startedAt", "instanceId"));
            assertThat(entry.get("tenantId").asString()).isEqualTo("globex");
            assertThat(entry.get("kind").asString()).isEqualTo("generation");
            assertThat(entry.get("status").asString()).isIn("QUEUED", "RUNNING");
            assertThat(entry.get("rows").asLong()).isEqualTo(100_000_000L);
            assertThat(entry.get("instanceId").isNull()).as("queued or running on some instance").isFalse();
            assertThat(listed.toString()).doesNotContain(marker).doesNotContain("424242424242").doesNotContain(schemaId);
            JsonNode globex = admin.get("/api/admin/tenants/globex").expect(200).json();
            assertThat(globex.get("runningJobs").asLong() + globex.get("queuedJobs").asLong()).isPositive();

            Response cancelled = admin.post("/api/admin/jobs/" + job + "/cancel?tenant=globex", null);

            assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(202);
            assertThat(cancelled.json().get("id").asString()).isEqualTo(job);
            assertThat(cancelled.body()).doesNotContain(marker);
            assertThat(Jobs.awaitFinished(bob, "/api/generate/" + job + "/status").get("status").asString()).isEqualTo("CANCELLED");
        } finally {
            bob.post("/api/generate/" + job + "/cancel", null);
        }
    }

    @Test
    void cancelNamesItsTenantAndRefusesUnknownJobsAndTenants() {
        String job = UUID.randomUUID().toString();

        Response noTenant = admin.post("/api/admin/jobs/" + job + "/cancel", null);
        Response unknownTenant = admin.post("/api/admin/jobs/" + job + "/cancel?tenant=no-such-tenant-" + job.substring(0, 8), null);
        Response unknownJob = admin.post("/api/admin/jobs/" + job + "/cancel?tenant=globex", null);

        assertThat(noTenant.status()).isEqualTo(400);
        assertThat(unknownTenant.status()).isEqualTo(404);
        assertThat(unknownTenant.json().get("detail").asString()).startsWith("no tenant ");
        assertThat(unknownJob.status()).isEqualTo(404);
        assertThat(unknownJob.json().get("detail").asString()).isEqualTo("tenant 'globex' has no job " + job);
    }

    /** Training has no cancel of its own: the admin is told so, and the run goes on to its end. */
    @Test
    void aTrainingRunCannotBeCancelled() {
        Jobs.Seeded seeded = Jobs.seeded(bob, "Admin training", 200);
        String run = bob.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}"
                .formatted(seeded.schemaId(), seeded.seedId())).expect(202).id();

        Response refused = admin.post("/api/admin/jobs/" + run + "/cancel?tenant=globex", null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("training runs cannot be cancelled");
        Jobs.awaitCompleted(bob, "/api/train/" + run + "/status");
    }

    private static String secretSchema(String marker) {
        return """
                {"name": "%1$s schema", "fields": [
                   {"name": "%1$s_code", "type": "string", "constraints": {"pattern": "[A-Z]{3}"}},
                   {"name": "%1$s_amount", "type": "integer", "constraints": {"min": 0, "max": 9}}]}""".formatted(marker);
    }

    private static JsonNode find(JsonNode jobs, String id) {
        return StreamSupport.stream(jobs.spliterator(), false).filter(job -> job.get("id").asString().equals(id)).findFirst()
                .orElse(null);
    }

    private static Set<String> fieldNames(JsonNode node) {
        return Set.copyOf(node.propertyNames());
    }

    private static List<String> ids(JsonNode tenants) {
        return StreamSupport.stream(tenants.spliterator(), false).map(tenant -> tenant.get("id").asString()).toList();
    }

    private interface Call {
        Response on(Api api);
    }
}
