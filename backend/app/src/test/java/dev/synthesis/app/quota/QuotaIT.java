package dev.synthesis.app.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Setting limits. The tenant quota-c is this class's own: no other test depends on its limits. */
class QuotaIT extends IntegrationTest {

    private static final long PLATFORM_SEED_BYTES = 268_435_456L;
    private static final long PLATFORM_ROWS_PER_DAY = 250_000_000L;
    private static final String QUOTAS = "/api/admin/tenants/quota-c/quotas";

    private final Api admin = as("admin");
    private final Api alice = as("alice");
    private final Api tenant = as("quota-c");

    /** The tenant registers on its first call; every test starts from the platform defaults. */
    @BeforeEach
    void givenTheTenantWithThePlatformDefaults() {
        tenant.get("/api/quotas").expect(200);
        admin.put(QUOTAS, "{}", null).expect(200);
    }

    @Test
    void aTenantWithoutLimitsOfItsOwnHasThePlatformDefaults() {
        JsonNode mine = alice.get("/api/quotas").expect(200).json();

        assertThat(mine.get("tenantId").asString()).isEqualTo("acme");
        assertThat(mine.get("maxSeedBytes").asLong()).isEqualTo(PLATFORM_SEED_BYTES);
        assertThat(mine.get("rowsPerDay").asLong()).isEqualTo(PLATFORM_ROWS_PER_DAY);
        assertThat(mine.get("custom").asBoolean()).isFalse();
    }

    @Test
    void anAdminSetsEveryLimitAndANullOneIsThePlatformDefaultAgain() {
        JsonNode set = admin.put(QUOTAS, """
                {"maxSeedBytes": 1000, "rowsPerDay": 2000, "rowsPerMonth": 3000, "rowsPerJob": 400, "concurrentJobs": 5,
                 "storageBytes": 6000, "tableRows": 700, "requestsPerMinutePerKey": 80, "requestsPerMinutePerTenant": 900}""", null)
                .expect(200).json();
        JsonNode read = tenant.get("/api/quotas").expect(200).json();
        JsonNode partly = admin.put(QUOTAS, "{\"rowsPerDay\": 2000, \"tableRows\": null}", null).expect(200).json();

        assertThat(set.get("updatedBy").asString()).isEqualTo("admin");
        assertThat(read).isEqualTo(set);
        assertThat(set.get("requestsPerMinutePerTenant").asLong()).isEqualTo(900);
        assertThat(partly.get("rowsPerDay").asLong()).isEqualTo(2000);
        assertThat(partly.get("maxSeedBytes").asLong()).isEqualTo(PLATFORM_SEED_BYTES);
        assertThat(partly.get("tableRows").asLong()).isEqualTo(alice.get("/api/quotas").json().get("tableRows").asLong());
        assertThat(partly.get("custom").asBoolean()).isTrue();
        JsonNode trail = tenant.get("/api/audit?size=100").expect(200).json().get("content");
        assertThat(trail.values()).as("the tenant's own trail shows the admin's change")
                .anySatisfy(event -> {
                    assertThat(event.get("action").asString()).isEqualTo("quota.updated");
                    assertThat(event.get("actorKind").asString()).isEqualTo("admin");
                    // the second change leaves rowsPerDay as it was: only the first names it
                    assertThat(event.get("details").has("rowsPerDay")).isTrue();
                    assertThat(event.get("details").get("rowsPerDay").get("after").asLong()).isEqualTo(2000);
                });
    }

    @Test
    void anAdminsSeedLimitForOneTenantBindsThatTenantOnly() {
        Response set = admin.put(QUOTAS, "{\"maxSeedBytes\": 1000}", null);
        byte[] small = csv(20);
        byte[] large = csv(200);

        Response tooLarge = tenant.upload("large.csv", large);

        assertThat(set.status()).as(set.body()).isEqualTo(200);
        assertThat(tenant.get("/api/quotas").expect(200).json().get("maxSeedBytes").asLong()).isEqualTo(1000);
        assertThat(small.length).isLessThan(1000);
        assertThat(large.length).isGreaterThan(1000);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("detail").asString()).contains("at most 1000 bytes");
        assertThat(tenant.upload("small.csv", small).status()).isEqualTo(201);
        assertThat(alice.upload("large.csv", large).status()).isEqualTo(201);

        admin.put(QUOTAS, "{\"maxSeedBytes\": null}", null).expect(200);
        assertThat(tenant.upload("large.csv", large).status()).isEqualTo(201);
    }

    @Test
    void onlyPlatformAdminsSetLimits() {
        Response denied = alice.put("/api/admin/tenants/acme/quotas", "{\"maxSeedBytes\": 999999999}", null);

        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("type").asString()).isEqualTo("urn:synthesis:problem:forbidden");
        assertThat(denied.json().get("detail").asString()).contains("platform-admin");
        assertThat(alice.get("/api/admin/tenants/quota-c/quotas").status()).isEqualTo(403);
        assertThat(alice.get("/api/admin/tenants/quota-c/usage").status()).isEqualTo(403);
        assertThat(alice.get("/api/quotas").expect(200).json().get("custom").asBoolean()).isFalse();
    }

    @Test
    void refusesLimitsTheServerCouldNotHonour() {
        Response zero = admin.put(QUOTAS, "{\"maxSeedBytes\": 0}", null);
        Response aboveMultipart = admin.put(QUOTAS, "{\"maxSeedBytes\": 10000000000}", null);
        Response fraction = admin.put(QUOTAS, "{\"rowsPerDay\": 1.5}", null);
        Response text = admin.put(QUOTAS, "{\"concurrentJobs\": \"7\"}", null);
        Response aboveJobCap = admin.put(QUOTAS, "{\"rowsPerJob\": 1000000001, \"tableRows\": -3}", null);
        Response badTenant = admin.put("/api/admin/tenants/Not%20a%20tenant/quotas", "{\"maxSeedBytes\": 5}", null);

        assertThat(zero.status()).isEqualTo(400);
        assertThat(aboveMultipart.status()).isEqualTo(400);
        assertThat(aboveMultipart.json().get("detail").asString()).contains("max-file-size");
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.json().get("detail").asString()).contains("rowsPerDay").contains("whole number");
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("detail").asString()).contains("concurrentJobs");
        assertThat(aboveJobCap.status()).isEqualTo(400);
        assertThat(aboveJobCap.json().get("errors").valueStream().map(error -> error.get("path").asString()))
                .containsExactly("rowsPerJob", "tableRows");
        assertThat(badTenant.status()).isEqualTo(400);
        assertThat(admin.get(QUOTAS).expect(200).json().get("custom").asBoolean()).isFalse();
    }

    @Test
    void refusesLimitsOfATenantThatDoesNotExist() {
        Response set = admin.put("/api/admin/tenants/no-such-tenant/quotas", "{\"rowsPerDay\": 5}", null);

        assertThat(set.status()).isEqualTo(404);
        assertThat(set.json().get("type").asString()).isEqualTo("urn:synthesis:problem:not-found");
        assertThat(set.json().get("detail").asString()).isEqualTo("no tenant 'no-such-tenant'");
        assertThat(admin.get("/api/admin/tenants/no-such-tenant/quotas").status()).isEqualTo(404);
        assertThat(admin.get("/api/admin/tenants/no-such-tenant/usage").status()).isEqualTo(404);
    }

    @Test
    void aTenantAndTheAdminSeeItsUsageAgainstEveryLimit() {
        admin.put(QUOTAS, "{\"rowsPerDay\": 123456}", null).expect(200);

        JsonNode mine = tenant.get("/api/usage").expect(200).json();
        JsonNode forAdmin = admin.get("/api/admin/tenants/quota-c/usage").expect(200).json();

        assertThat(mine.get("tenantId").asString()).isEqualTo("quota-c");
        assertThat(mine.get("items").valueStream().map(item -> item.get("limit").asString())).containsExactlyInAnyOrder(
                "rowsPerDay", "rowsPerMonth", "rowsPerJob", "concurrentJobs", "storageBytes", "tableRows", "maxSeedBytes",
                "requestsPerMinutePerKey", "requestsPerMinutePerTenant");
        JsonNode today = item(mine, "rowsPerDay");
        assertThat(today.get("label").asString()).isEqualTo("Rows generated today");
        assertThat(today.get("value").asLong()).isEqualTo(123456);
        assertThat(today.get("unit").asString()).isEqualTo("rows");
        assertThat(today.get("used").asLong()).isNotNegative();
        assertThat(today.get("resetsAt").asString())
                .isIn(midnightAfter(LocalDate.now(ZoneOffset.UTC)), midnightAfter(LocalDate.now(ZoneOffset.UTC).minusDays(1)));
        assertThat(item(mine, "storageBytes").get("unit").asString()).isEqualTo("bytes");
        assertThat(item(mine, "concurrentJobs").get("unit").asString()).isEqualTo("jobs");
        assertThat(item(mine, "requestsPerMinutePerKey").get("unit").asString()).isEqualTo("requests-per-minute");
        assertThat(item(mine, "requestsPerMinutePerKey").get("used").isNull()).isTrue();
        assertThat(item(mine, "tableRows").get("resetsAt").isNull()).isTrue();
        assertThat(item(forAdmin, "rowsPerDay").get("value").asLong()).isEqualTo(123456);
        assertThat(forAdmin.get("items")).hasSize(9);
    }

    private static JsonNode item(JsonNode usage, String limit) {
        return usage.get("items").valueStream().filter(item -> item.get("limit").asString().equals(limit)).findFirst().orElseThrow();
    }

    private static String midnightAfter(LocalDate day) {
        return day.plusDays(1) + "T00:00:00Z";
    }

    private static byte[] csv(int rows) {
        StringBuilder text = new StringBuilder("id,amount\n");
        for (int row = 1; row <= rows; row++) {
            text.append(row).append(',').append(row * 3 % 97).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
