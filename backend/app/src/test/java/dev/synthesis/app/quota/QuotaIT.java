package dev.synthesis.app.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Tokens;
import dev.synthesis.app.support.Uploads;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class QuotaIT extends IntegrationTest {

    private static final long PLATFORM_DEFAULT = 268_435_456L;
    private static final String GLOBEX_QUOTAS = "/api/admin/tenants/globex/quotas";

    private final Api admin = as("admin");
    private final Api alice = as("alice");
    private final Api bob = as("bob");

    @AfterEach
    void backToThePlatformDefault() {
        admin.put(GLOBEX_QUOTAS, "{\"maxSeedBytes\": null}", null);
    }

    @Test
    void aTenantWithoutLimitsOfItsOwnHasThePlatformDefault() {
        JsonNode mine = alice.get("/api/quotas").json();

        assertThat(mine.get("tenantId").asString()).isEqualTo("acme");
        assertThat(mine.get("maxSeedBytes").asLong()).isEqualTo(PLATFORM_DEFAULT);
        assertThat(mine.get("custom").asBoolean()).isFalse();
    }

    @Test
    void anAdminsSeedLimitForOneTenantBindsThatTenantOnly() {
        Response set = admin.put(GLOBEX_QUOTAS, "{\"maxSeedBytes\": 1000}", null);
        byte[] small = csv(20);
        byte[] large = csv(200);

        Response tooLarge = Uploads.upload(Tokens.of("bob"), "large.csv", large);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(set.json().get("updatedBy").asString()).isEqualTo("admin");
        assertThat(bob.get("/api/quotas").json().get("maxSeedBytes").asLong()).isEqualTo(1000);
        assertThat(small.length).isLessThan(1000);
        assertThat(large.length).isGreaterThan(1000);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asString()).contains("at most 1000 bytes");
        assertThat(Uploads.upload(Tokens.of("bob"), "small.csv", small).status()).isEqualTo(201);
        assertThat(Uploads.upload(Tokens.of("alice"), "large.csv", large).status()).isEqualTo(201);

        admin.put(GLOBEX_QUOTAS, "{\"maxSeedBytes\": null}", null);
        assertThat(Uploads.upload(Tokens.of("bob"), "large.csv", large).status()).isEqualTo(201);
    }

    @Test
    void onlyPlatformAdminsSetLimits() {
        Response denied = alice.put("/api/admin/tenants/acme/quotas", "{\"maxSeedBytes\": 999999999}", null);

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("type").asString()).isEqualTo("urn:synthesis:problem:forbidden");
        assertThat(denied.json().get("detail").asString()).contains("platform-admin");
        assertThat(alice.get("/api/admin/tenants/globex/quotas").status()).isEqualTo(403);
        assertThat(alice.get("/api/quotas").json().get("custom").asBoolean()).isFalse();
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
        assertThat(admin.get(GLOBEX_QUOTAS).json().get("custom").asBoolean()).isFalse();
    }

    private static byte[] csv(int rows) {
        StringBuilder text = new StringBuilder("id,amount\n");
        for (int row = 1; row <= rows; row++) {
            text.append(row).append(',').append(row * 3 % 97).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
