package dev.synthesis.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.AppProcess;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.Waits;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * An instance of its own that takes one job at a time ({@code SYNTHESIS_JOBS_MAX_QUEUED=1}): the
 * shared app's capacity is every other test's too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(2)
class JobAdmissionIT extends IntegrationTest {

    private AppProcess oneJob;

    @BeforeAll
    void startAnInstanceThatTakesOneJob() throws IOException {
        oneJob = AppProcess.start("one-job", Map.of("SYNTHESIS_JOBS_MAX_QUEUED", "1"));
    }

    @AfterAll
    void stopIt() throws InterruptedException {
        if (oneJob != null) {
            oneJob.close();
        }
    }

    @Test
    void aFullInstanceRefusesTheNextJobWith503AndKeepsNothingOfItThenTakesJobsAgainOnceItsJobEnded() {
        Api alice = oneJob.as("alice");
        Seeded seeded = Jobs.seeded(alice, "Admission", 100);
        String holding = seeded.generate(alice, "\"rows\": 100000000");

        Api.Response generation = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 10}".formatted(seeded.schemaId()));
        Api.Response training = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}"
                .formatted(seeded.schemaId(), seeded.seedId()));

        for (Api.Response refused : new Api.Response[] {generation, training}) {
            JsonNode problem = refused.expect(503).json();
            assertThat(problem.get("type").asString()).isEqualTo("urn:synthesis:problem:busy");
            assertThat(problem.get("detail").asString()).isEqualTo("The platform has 1 job waiting; try again in a minute");
            assertThat(refused.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        }
        assertThat(jobIdsOf(alice, "/api/generate?schemaId=" + seeded.schemaId())).containsExactly(holding);
        assertThat(jobIdsOf(alice, "/api/train?schemaId=" + seeded.schemaId())).isEmpty();

        alice.post("/api/generate/" + holding + "/cancel", null).expect(202);
        Jobs.awaitFinished(alice, "/api/generate/" + holding + "/status");
        // the job's place is given back when its thread ends, just after its status is written
        Api.Response accepted = Waits.until("the instance to take a job again",
                () -> alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": 10}".formatted(seeded.schemaId())),
                response -> response.status() != 503);
        Jobs.awaitCompleted(alice, "/api/generate/" + accepted.expect(202).id() + "/status");
    }

    private static List<String> jobIdsOf(Api api, String path) {
        return api.get(path).expect(200).json().get("content").valueStream().map(job -> job.get("id").asString()).toList();
    }
}
