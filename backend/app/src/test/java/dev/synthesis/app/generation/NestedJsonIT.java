package dev.synthesis.app.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.IntegrationTest;
import dev.synthesis.app.support.Jobs;
import dev.synthesis.engine.data.Table;
import dev.synthesis.engine.io.ReadLimits;
import dev.synthesis.engine.io.SeedFormat;
import dev.synthesis.engine.io.SeedReader;
import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.validate.TableTyping;
import dev.synthesis.engine.validate.TypedTable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The proposal's treatment_plan {"meds": [...]} from upload to download, and from a declaration alone. */
class NestedJsonIT extends IntegrationTest {

    private static final int ROWS = 10_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DECLARED = """
            {"name": "Plans %s", "fields": [
              {"name": "treatment_plan", "type": "json", "constraints": {"required": true}, "fields": [
                {"name": "meds", "type": "array", "constraints": {"required": true, "minItems": 1, "maxItems": 4},
                 "items": {"type": "json", "fields": [
                   {"name": "drug", "type": "string", "constraints": {"required": true, "enum": ["metformin", "lisinopril", "atorvastatin"]}},
                   {"name": "dose_mg", "type": "integer", "constraints": {"required": true, "min": %d, "max": 1000}}]}},
                {"name": "follow_up_days", "type": "integer", "constraints": {"min": 7, "max": 180}}]},
              {"name": "tags", "type": "array", "items": {"type": "string", "constraints": {"enum": ["new", "vip", "churn-risk"]}},
               "constraints": {"maxItems": 3}}]}
            """;

    private final Api alice = as("alice");

    @Test
    void aJsonLinesSeedWithNestedPlansComesBackAsValidNestedRows() throws IOException {
        // given a JSON Lines seed uploaded and its detected schema saved
        String seedId = alice.upload("plans.jsonl", seed(800).getBytes(StandardCharsets.UTF_8)).expect(201).id();
        JsonNode created = alice.post("/api/seeds/" + seedId + "/schema", "{\"name\": \"Plans " + UUID.randomUUID() + "\"}")
                .expect(201).json();
        Jobs.Seeded plans = new Jobs.Seeded(seedId, created.get("id").asString(), created.get("schema"));

        // when trained and generated as JSON Lines
        plans.train(alice);
        String job = plans.generate(alice, "\"rows\": %d, \"seed\": 3, \"format\": \"jsonl\", \"gzip\": false".formatted(ROWS));
        Jobs.awaitCompleted(alice, "/api/generate/" + job + "/status");

        // then the detected tree was saved, and every downloaded row is nested and keeps it
        JsonNode plan = plans.schema().get("fields").get(0);
        assertThat(plan.get("name").asString()).isEqualTo("treatment_plan");
        assertThat(plan.get("fields").get(0).get("items").get("fields").valueStream().map(f -> f.get("name").asString()))
                .containsExactly("drug", "dose_mg");
        String jsonl = download(job);
        TypedTable typed = typed(jsonl, "out.jsonl", SeedFormat.JSONL, plans.schema());
        assertThat(typed.errors()).isEmpty();
        assertThat(typed.rows().rowCount()).isEqualTo(ROWS);
        JsonNode first = JSON.readTree(jsonl.lines().findFirst().orElseThrow());
        assertThat(first.get("treatment_plan").get("meds").isArray()).isTrue();
        double withFollowUp = jsonl.lines().filter(line -> line.contains("follow_up_days")).count() / (double) ROWS;
        assertThat(withFollowUp).as("the seed's 60 %% of plans with a follow-up").isCloseTo(0.6, within(0.05));
    }

    @Test
    void aDeclarationAloneGeneratesValidNestedValuesAsJsonTextInCsvCells() throws IOException {
        // given the proposal's declaration saved as a schema, never trained
        String body = DECLARED.formatted(UUID.randomUUID(), 5);
        String schemaId = alice.post("/api/schemas", body).expect(201).id();

        // when generated as CSV
        String job = alice.post("/api/generate", "{\"schemaId\": \"%s\", \"rows\": %d, \"seed\": 5, \"gzip\": false}"
                .formatted(schemaId, ROWS)).expect(202).id();
        Jobs.awaitCompleted(alice, "/api/generate/" + job + "/status");

        // then each cell is the JSON text of a valid nested value
        TypedTable typed = typed(download(job), "out.csv", SeedFormat.CSV, JSON.readTree(body));
        assertThat(typed.errors()).isEmpty();
        assertThat(typed.rows().rowCount()).isEqualTo(ROWS);
        List<Integer> lengths = new ArrayList<>();
        typed.rows().column(0).forEach(text -> lengths.add(JSON.readTree(text.toString()).get("meds").size()));
        assertThat(lengths).allMatch(length -> length >= 1 && length <= 4).contains(1, 2, 3, 4);
    }

    @Test
    void refusesAContradictoryNestedDeclarationNamingTheMember() {
        Api.Response refused = alice.post("/api/schemas", DECLARED.formatted(UUID.randomUUID(), 2000));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").valueStream().map(error -> error.get("message").asString()))
                .containsExactly("treatment_plan.meds[].dose_mg: min (2000) is greater than max (1000)");
    }

    private String download(String job) throws IOException {
        HttpResponse<InputStream> download = alice.stream("/api/generate/" + job + "/download");
        assertThat(download.statusCode()).isEqualTo(200);
        try (InputStream body = download.body()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static TypedTable typed(String text, String fileName, SeedFormat format, JsonNode schema) throws IOException {
        Table raw = SeedReader.read(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName, format,
                ReadLimits.DEFAULTS);
        return TableTyping.type(raw, JSON.treeToValue(schema, DataSchema.class));
    }

    /** Plans with one to four meds, a follow-up in 60 % of them; tags zero to three. */
    private static String seed(int rows) {
        Random random = new Random(13);
        String[] drugs = {"metformin", "metformin", "lisinopril", "atorvastatin"};
        int[] doses = {5, 10, 20, 500, 850, 1000};
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < rows; i++) {
            List<String> meds = new ArrayList<>();
            for (int m = 1 + random.nextInt(4); m > 0; m--) {
                meds.add("{\"drug\":\"%s\",\"dose_mg\":%d}".formatted(drugs[random.nextInt(drugs.length)], doses[random.nextInt(doses.length)]));
            }
            String followUp = random.nextDouble() < 0.6 ? ",\"follow_up_days\":" + (7 + random.nextInt(174)) : "";
            String tags = random.nextBoolean() ? "[\"vip\"]" : random.nextBoolean() ? "[]" : "[\"new\",\"churn-risk\"]";
            lines.append("{\"treatment_plan\":{\"meds\":[").append(String.join(",", meds)).append(']').append(followUp)
                    .append("},\"tags\":").append(tags).append("}\n");
        }
        return lines.toString();
    }
}
