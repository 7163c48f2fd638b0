package dev.synthesis.app.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import tools.jackson.databind.JsonNode;

/** Isolated: while globex's limit is 1000 bytes, no other test may upload as globex. */
@Isolated
@Order(1)
class QuotaIT extends IntegrationTest {

    private static final long PLATFORM_DEFAULT = 268_435_456L;
    private static final String GLOBEX_QUOTAS = "/api/admin/tenants/globex/quotas";

    private final Api admin = as("admin");
    private final Api alice = as("alice");
    private final Api bob = as("bob");

    @AfterEach
    void backToThePlatformDefault() {
        admin.put(GLOBEX_QUOTAS, "{\"maxSeedBytes\": null}", null).expect(200);
    }

    @Test
    void aTenantWithoutLimitsOfItsOwnHasThePlatformDefault() {
        JsonNode mine = alice.get("/api/quotas").expect(200).json();

        assertThat(mine.get("tenantId").asString()).isEqualTo("acme");
        assertThat(mine.get("maxSeedBytes").asLong()).isEqualTo(PLATFORM_DEFAULT);
        assertThat(mine.get("custom").asBoolean()).isFalse();
    }

    @Test
    void anAdminsSeedLimitForOneTenantBindsThatTenantOnly() {
        Response set = admin.put(GLOBEX_QUOTAS, "{\"maxSeedBytes\": 1000}", null);
        byte[] small = csv(20);
        byte[] large = csv(200);

        Response tooLarge = bob.upload("large.csv", large);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("updatedBy").asString()).isEqualTo("admin");
        assertThat(bob.get("/api/quotas").expect(200).json().get("maxSeedBytes").asLong()).isEqualTo(1000);
        assertThat(small.length).isLessThan(1000);
        assertThat(large.length).isGreaterThan(1000);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asString()).contains("at most 1000 bytes");
        assertThat(bob.upload("small.csv", small).status()).isEqualTo(201);
        assertThat(alice.upload("large.csv", large).status()).isEqualTo(201);

        admin.put(GLOBEX_QUOTAS, "{\"maxSeedBytes\": null}", null).expect(200);
        assertThat(bob.upload("large.csv", large).status()).isEqualTo(201);
    }

    @Test
    void onlyPlatformAdminsSetLimits() {
        Response denied = alice.put("/api/admin/tenants/acme/quotas", "{\"maxSeedBytes\": 999999999}", null);

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("type").asString()).isEqualTo("urn:synthesis:problem:forbidden");
        assertThat(denied.json().get("detail").asString()).contains("platform-admin");
        assertThat(alice.get("/api/admin/tenants/globex/quotas").status()).isEqualTo(403);
        assertThat(alice.get("/api/quotas").expect(200).json().get("custom").asBoolean()).isFalse();
    }

    @Test
    void refusesLimitsTheServerCouldNotHonour() {
        Response zero = admin.put(GLOBEX_QUOTAS, "{\"maxSeedBytes\": 0}", null);
        Response aboveMultipart = admin.put(GLOBEX_QUOTAS, "{\"maxSeedBytes\": 10000000000}", null);
        Response badTenant = admin.put("/api/admin/tenants/Not%20a%20tenant/quotas", "{\"maxSeedBytes\": 5}", null);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(aboveMultipart.status()).isEqualTo(400);
        assertThat(aboveMultipart.json().get("detail").asString()).contains("max-file-size");
        assertThat(badTenant.status()).isEqualTo(400);
        assertThat(admin.get(GLOBEX_QUOTAS).expect(200).json().get("custom").asBoolean()).isFalse();
    }

    private static byte[] csv(int rows) {
        StringBuilder text = new StringBuilder("id,amount\n");
        for (int row = 1; row <= rows; row++) {
            text.append(row).append(',').append(row * 3 % 97).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
