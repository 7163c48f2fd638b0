package dev.synthesis.app.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Waits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests per minute, per caller and per tenant, counted in Redis. The tenant rate-a (users rate-a
 * and rate-b) is this class's own. Buckets refill continuously, so the tests count how many calls
 * pass before the first refusal instead of assuming how fast calls are: a full bucket lets at
 * least the limit's worth through. The app lets calls through for a few seconds when Redis is
 * slow to answer (a loaded machine, a race test's bucket), so calls go on until one is refused.
 */
class RateLimitIT extends IntegrationTest {

    private static final String QUOTAS = "/api/admin/tenants/rate-a/quotas";

    private final Api admin = as("admin");
    private final Api first = as("rate-a");
    private final Api second = as("rate-b");

    /** Registered (its first call) and with the suite's limits: an earlier test may have spent its buckets. */
    @BeforeEach
    void givenTheTenantWithTheSuitesLimits() {
        if (admin.put(QUOTAS, "{}", null).status() == 404) {
            first.get("/api/quotas").expect(200);
            admin.put(QUOTAS, "{}", null).expect(200);
        }
    }

    @Test
    void refusesACallerBeyondItsRequestsPerMinuteWithRetryAfter() {
        admin.put(QUOTAS, "{\"requestsPerMinutePerKey\": 5, \"requestsPerMinutePerTenant\": 1000}", null).expect(200);

        List<Response> calls = callsUntilRefused(List.of(first));
        Response refused = calls.getLast();
        JsonNode problem = refused.json();

        assertThat(calls).hasSizeGreaterThan(5);
        assertThat(calls.subList(0, calls.size() - 1).stream().map(call -> call.headers().getFirst("X-RateLimit-Remaining"))
                .filter(Objects::nonNull).map(Long::parseLong)).allSatisfy(remaining -> assertThat(remaining).isBetween(0L, 4L));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(Long.parseLong(refused.headers().getFirst("Retry-After"))).isBetween(1L, 60L);
        assertThat(problem.get("type").asString()).isEqualTo("urn:synthesis:problem:rate-limited");
        assertThat(problem.get("limit").asString()).isEqualTo("requestsPerMinutePerKey");
        assertThat(problem.get("value").asLong()).isEqualTo(5);
        assertThat(problem.get("detail").asString()).contains("5 requests per minute per user or API key");
    }

    @Test
    void theTenantsCallersShareTheTenantsRequestsPerMinute() {
        admin.put(QUOTAS, "{\"requestsPerMinutePerKey\": 1000, \"requestsPerMinutePerTenant\": 6}", null).expect(200);

        List<Response> calls = callsUntilRefused(List.of(first, second));
        Response refused = calls.getLast();

        assertThat(calls).hasSizeGreaterThan(6);
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.json().get("limit").asString()).isEqualTo("requestsPerMinutePerTenant");
        assertThat(refused.json().get("detail").asString()).contains("6 requests per minute for the whole tenant");
        assertThat(as("alice").get("/api/quotas").status()).as("other tenants are not limited by it").isEqualTo(200);
    }

    /** Calls in turn as each caller until one call is refused (or a call fails otherwise); the last call is that one. */
    private static List<Response> callsUntilRefused(List<Api> callers) {
        List<Response> calls = new ArrayList<>();
        Waits.until("a call to be refused", () -> {
            Response response = callers.get(calls.size() % callers.size()).get("/api/quotas");
            calls.add(response);
            return response.status();
        }, status -> status != 200);
        return calls;
    }
}
