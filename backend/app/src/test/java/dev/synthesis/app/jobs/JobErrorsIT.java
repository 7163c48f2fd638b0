package dev.synthesis.app.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.app.support.Jobs.Seeded;
import dev.synthesis.app.support.ObjectStore;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A failed job tells its tenant what failed, in plain words, with a reference to the log line that
 * has the whole cause; never the cause's own text, which names object keys, endpoints or SQL. The
 * failures are made behind the app's back, by deleting objects it needs; the log then shows them
 * with their stack traces, as it should.
 */
class JobErrorsIT extends IntegrationTest {

    private static final String REFERENCE = "; it has been logged with reference [0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}";

    private final Api alice = as("alice");

    @Test
    void aJobWhoseModelIsGoneFailsWithAReferenceAndNoInternals() throws Exception {
        Seeded seeded = Jobs.seeded(alice, "Lost model", 300);
        String run = seeded.train(alice);
        ObjectStore.delete("tenants/acme/models/" + run + "/model.bin");

        String job = seeded.generate(alice, "\"rows\": 1000");
        JsonNode failed = Jobs.awaitFinished(alice, "/api/generate/" + job + "/status");

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertPlain(failed.get("error").asString(), "The job failed while scoring its output");
    }

    @Test
    void aTrainingWhoseSeedIsGoneFailsWithAReferenceAndNoInternals() throws Exception {
        Seeded seeded = Jobs.seeded(alice, "Lost seed", 300);
        ObjectStore.delete("tenants/acme/seeds/" + seeded.seedId());

        String run = alice.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(seeded.schemaId(), seeded.seedId()))
                .expect(202).id();
        JsonNode failed = Jobs.awaitFinished(alice, "/api/train/" + run + "/status");

        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        assertPlain(failed.get("error").asString(), "The model could not be trained on this seed");
    }

    private static void assertPlain(String error, String what) {
        assertThat(error).matches(Pattern.quote(what) + REFERENCE);
        assertThat(error.toLowerCase(Locale.ROOT))
                .doesNotContain("tenants/", "model.bin", "exception", "object store", "bucket", "s3", "select ", "insert ", "http");
    }
}
