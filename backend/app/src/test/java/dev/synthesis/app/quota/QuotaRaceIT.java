package dev.synthesis.app.quota;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.AppProcess;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * 50 generation requests at once whose rows together are five times the tenant's daily limit:
 * exactly the 10 that fit are accepted, however the requests interleave, on one instance or two.
 * The tenant quota-a is this class's own.
 */
@Order(2)
class QuotaRaceIT extends IntegrationTest {

    private static final int REQUESTS = 50;
    private static final int FITTING = 10;
    private static final long ROWS = 100;
    private static final String QUOTAS = "/api/admin/tenants/quota-a/quotas";

    private final Api admin = as("admin");
    private final Api tenant = as("quota-a");
    private String schemaId;

    @BeforeEach
    void givenASchema() {
        schemaId = tenant.post("/api/schemas", schemaJson("Race " + UUID.randomUUID())).expect(201).id();
    }

    @Test
    void concurrentRequestsNeverOvershootTheDailyRows() throws Exception {
        long limit = roomForTenJobs();

        List<Response> responses = race(IntStream.range(0, REQUESTS).mapToObj(i -> tenant).toList());

        assertExactlyTenAccepted(responses, limit);
    }

    @Test
    void concurrentRequestsToTwoInstancesNeverOvershootTheDailyRows() throws Exception {
        try (AppProcess other = AppProcess.start("quota-race", Map.of())) {
            Api there = other.as("quota-a");
            there.get("/api/quotas").expect(200);
            long limit = roomForTenJobs();

            List<Response> responses = race(IntStream.range(0, REQUESTS).mapToObj(i -> i % 2 == 0 ? tenant : there).toList());

            assertExactlyTenAccepted(responses, limit);
        }
    }

    /** Sets the daily limit to what the tenant used so far plus room for exactly ten jobs. */
    private long roomForTenJobs() {
        long limit = Usage.used(tenant, "rowsPerDay") + FITTING * ROWS;
        admin.put(QUOTAS, "{\"rowsPerDay\": %d, \"concurrentJobs\": %d}".formatted(limit, 2 * REQUESTS), null).expect(200);
        return limit;
    }

    private void assertExactlyTenAccepted(List<Response> responses, long limit) {
        List<Response> accepted = responses.stream().filter(response -> response.status() == 202).toList();
        List<Response> refused = responses.stream().filter(response -> response.status() == 429).toList();
        assertThat(accepted).as("accepted").hasSize(FITTING);
        assertThat(refused).as("refused").hasSize(REQUESTS - FITTING);
        for (Response response : refused) {
            JsonNode problem = response.json();
            assertThat(problem.get("type").asString()).isEqualTo("urn:synthesis:problem:quota-exceeded");
            assertThat(problem.get("limit").asString()).isEqualTo("rowsPerDay");
            assertThat(problem.get("value").asLong()).isEqualTo(limit);
            assertThat(problem.get("usage").asLong()).isEqualTo(limit);
            assertThat(problem.get("requested").asLong()).isEqualTo(ROWS);
            assertThat(problem.get("resetsAt").asString()).endsWith("T00:00:00Z");
            assertThat(Long.parseLong(response.headers().getFirst("Retry-After"))).isBetween(1L, 86_400L);
        }
        assertThat(Usage.used(tenant, "rowsPerDay")).isEqualTo(limit);
        accepted.forEach(job -> Jobs.awaitCompleted(tenant, "/api/generate/" + job.id() + "/status"));
    }

    /** Sends one request per caller, all released at once by a start gate. */
    private List<Response> race(List<Api> callers) throws Exception {
        String body = "{\"schemaId\": \"%s\", \"rows\": %d}".formatted(schemaId, ROWS);
        CountDownLatch gate = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newFixedThreadPool(callers.size())) {
            List<Future<Response>> sent = callers.stream().map(caller -> pool.submit(() -> {
                gate.await();
                return caller.post("/api/generate", body);
            })).toList();
            gate.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> response : sent) {
                responses.add(response.get());
            }
            return responses;
        }
    }
}
