package dev.synthesis.app.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Keys;
import dev.synthesis.app.support.Keys.Key;
import dev.synthesis.app.tenancy.TenantId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/** Each tenant reads its own trail; platform admins read everyone's, or one tenant's; nobody else reads another's. */
class AuditTrailIT extends IntegrationTest {

    private final Api alice = as("alice");
    private final Api admin = as("admin");

    @Autowired
    private AuditTrail trail;

    @Test
    void aTenantSeesItsOwnKeyEventsWithWhoWhenAndWhere() {
        Key key = Keys.create(alice, "\"read\"");

        JsonNode created = event(alice.get("/api/audit?size=200").expect(200).json(), key.prefix());
        assertThat(created.get("action").asString()).isEqualTo("api-key.created");
        assertThat(created.get("actor").asString()).isEqualTo("alice");
        assertThat(created.get("actorKind").asString()).isEqualTo("user");
        assertThat(created.get("tenantId").asString()).isEqualTo("acme");
        assertThat(created.get("details").get("name").asString()).isEqualTo(key.created().get("name").asString());
        assertThat(created.get("sourceIp").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
        assertThat(created.get("at").asString()).isNotBlank();
        assertThat(as("bob").get("/api/audit?size=200").body()).doesNotContain(key.prefix());
    }

    @Test
    void platformAdminsReadEveryTenantsTrailOrOnesAndOthersMayNot() {
        Key acme = Keys.create(alice, "\"read\"");
        Key globex = Keys.create(as("bob"), "\"read\"");

        String all = admin.get("/api/admin/audit?size=2000").expect(200).body();
        assertThat(all).contains(acme.prefix(), globex.prefix());
        String acmeOnly = admin.get("/api/admin/audit?tenant=acme&size=2000").expect(200).body();
        assertThat(acmeOnly).contains(acme.prefix()).doesNotContain(globex.prefix());
        assertThat(admin.get("/api/admin/audit?tenant=Not+A+Tenant").status()).isEqualTo(400);
        assertThat(alice.get("/api/admin/audit").status()).isEqualTo(403);
        assertThat(admin.get("/api/audit?size=2000").body()).doesNotContain(acme.prefix(), globex.prefix());
    }

    /** An admin's action about a tenant lands in that tenant's trail, written as that tenant, with no request address. */
    @Test
    void anActionAboutAnotherTenantIsRecordedInItsTrail() {
        String target = "quota-" + UUID.randomUUID();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("admin", null, List.of()));
        try {
            trail.recordFor(new TenantId("globex"), "test.admin-action", target, Map.of("maxSeedBytes", 10));
        } finally {
            SecurityContextHolder.clearContext();
        }

        JsonNode recorded = event(as("bob").get("/api/audit?size=200").expect(200).json(), target);
        assertThat(recorded.get("actor").asString()).isEqualTo("admin");
        assertThat(recorded.get("tenantId").asString()).isEqualTo("globex");
        assertThat(recorded.get("details").get("maxSeedBytes").asInt()).isEqualTo(10);
        assertThat(recorded.get("sourceIp").isNull()).isTrue();
        assertThat(alice.get("/api/audit?size=2000").body()).doesNotContain(target);
    }

    private static JsonNode event(JsonNode page, String target) {
        return page.get("content").valueStream()
                .filter(event -> target.equals(event.get("target").asString(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event about " + target + " in " + page));
    }
}
