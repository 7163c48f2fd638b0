package dev.synthesis.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/** Helpers for tests that upload seeds, train on them, start jobs and wait for them. */
public final class Jobs {

    private static final Set<String> FINISHED = Set.of("COMPLETED", "FAILED", "CANCELLED");

    private Jobs() {}

    /** Polls a status URL until the job is COMPLETED, FAILED or CANCELLED, and returns its last status. */
    public static JsonNode awaitFinished(Api api, String statusPath) {
        return Waits.until("the job at " + statusPath + " to end", () -> api.get(statusPath).expect(200).json(),
                status -> FINISHED.contains(status.get("status").asString()));
    }

    /** Waits for the job to end and requires that it completed; the failure shows its whole status. */
    public static JsonNode awaitCompleted(Api api, String statusPath) {
        JsonNode finished = awaitFinished(api, statusPath);
        assertThat(finished.get("status").asString()).as("%s: %s", statusPath, finished).isEqualTo("COMPLETED");
        return finished;
    }

    /** Uploads a customers seed and saves the schema detected from it. */
    public static Seeded seeded(Api api, String name, int rows) {
        String seedId = api.upload("customers.csv", customersCsv(rows).getBytes(StandardCharsets.UTF_8)).expect(201).id();
        JsonNode created = api.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"" + name + " " + UUID.randomUUID() + "\"}")
                .expect(201).json();
        return new Seeded(seedId, created.get("id").asString(), created.get("schema"));
    }

    /** A seeded schema with a model trained on its seed. */
    public static Seeded trained(Api api, String name, int rows) {
        Seeded seeded = seeded(api, name, rows);
        seeded.train(api);
        return seeded;
    }

    /** Customers whose income grows with age, so there is a dependence for a model to learn. */
    public static String customersCsv(int rows) {
        Random random = new Random(7);
        StringBuilder csv = new StringBuilder("age,income,segment\n");
        String[] segments = {"retail", "business", "premium"};
        for (int i = 0; i < rows; i++) {
            int age = 18 + random.nextInt(60);
            long income = Math.round(20_000 + age * 900 + random.nextGaussian() * 5_000);
            csv.append(age).append(',').append(income).append(',').append(segments[random.nextInt(3)]).append('\n');
        }
        return csv.toString();
    }

    /** A seed and the schema saved from it ({@code schema} is the schema's definition as the API returned it). */
    public record Seeded(String seedId, String schemaId, JsonNode schema) {

        /** Trains a model of the schema on the seed and waits until it is trained. */
        public String train(Api api) {
            String run = api.post("/api/train", "{\"schemaId\": \"%s\", \"seedId\": \"%s\"}".formatted(schemaId, seedId))
                    .expect(202).id();
            awaitCompleted(api, "/api/train/" + run + "/status");
            return run;
        }

        /** Starts a generation job of this schema; {@code options} are further request fields, e.g. {@code "rows": 10}. */
        public String generate(Api api, String options) {
            return api.post("/api/generate", "{\"schemaId\": \"%s\", %s}".formatted(schemaId, options)).expect(202).id();
        }
    }
}
