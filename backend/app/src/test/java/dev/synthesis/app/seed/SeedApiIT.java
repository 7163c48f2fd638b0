package dev.synthesis.app.seed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.Api;
import dev.synthesis.app.support.Api.Response;
import dev.synthesis.app.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class SeedApiIT extends IntegrationTest {

    private static final String CSV = """
            patient_id,age,admitted,email
            P000001,34,2024-01-05,ann@example.org
            P000002,71,2024-02-11,bo@example.org
            P000003,18,2024-03-30,cy@example.org
            P000004,45,2024-04-02,di@example.org
            """;

    private final Api alice = as("alice");

    @ParameterizedTest
    @ValueSource(strings = {"patients.csv", "patients.json", "patients.jsonl", "patients.xlsx"})
    void uploadsEveryFormatAndDetectsItsSchema(String fileName) throws IOException {
        JsonNode seed = alice.upload(fileName, inFormat(fileName)).expect(201).json();

        assertThat(seed.get("rowCount").asLong()).isEqualTo(4);
        JsonNode profile = alice.get("/api/seeds/" + seed.get("id").asString() + "/profile").expect(200).json();
        assertThat(profile.get("preview")).hasSize(4);
        assertThat(profile.get("schema").get("fields")).extracting(f -> f.get("name").asString() + ":" + f.get("type").asString())
                .containsExactly("patient_id:string", "age:integer", "admitted:date", "email:string");
    }

    @Test
    void savesTheDetectedSchemaAndValidatesTheSeedAgainstIt() {
        String seedId = uploadCsv(CSV);

        Response created = alice.post("/api/seeds/" + seedId + "/schema", """
                {"name": "From seed %s"}""".formatted(UUID.randomUUID()));
        String schema = created.expect(201).headers().getLocation().toString();
        Response validation = alice.post(schema + "/validate", "{\"seedId\": \"" + seedId + "\"}");

        assertThat(created.status()).isEqualTo(201);
        assertThat(validation.status()).isEqualTo(200);
        assertThat(validation.json().get("validRows").asLong()).isEqualTo(4);
        assertThat(validation.json().get("errors")).isEmpty();
    }

    @Test
    void reportsRowLevelErrorsAgainstAStricterSchema() {
        String seedId = uploadCsv(CSV.replace("P000003,18", "X3,abc"));
        String schema = alice.post("/api/schemas", schemaJson("Strict " + UUID.randomUUID())).expect(201).headers().getLocation().toString();

        JsonNode validation = alice.post(schema + "/validate", "{\"seedId\": \"" + seedId + "\"}").json();

        assertThat(validation.get("invalidRows").asLong()).isEqualTo(1);
        assertThat(validation.get("errors")).extracting(e -> e.get("row").asLong() + ":" + e.get("field").asString())
                .containsExactlyInAnyOrder("3:patient_id", "3:age");
        assertThat(validation.get("ignoredColumns")).extracting(JsonNode::asString).containsExactly("admitted", "email");
    }

    /** Other tests upload as acme at the same time, so the seed is looked for by its unique name, not counted. */
    @Test
    void refusesUnreadableDataAndKeepsNothing() {
        String fileName = "broken-" + UUID.randomUUID() + ".json";

        Response refused = alice.upload(fileName, "[{\"a\": 1}, {\"a\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).startsWith(fileName);
        assertThat(alice.get("/api/seeds?size=1000").expect(200).body()).doesNotContain(fileName);
    }

    @Test
    void otherTenantCannotSeeProfileValidateOrDeleteASeed() {
        String seedId = uploadCsv(CSV);
        Api bob = as("bob");
        String bobSchema = bob.post("/api/schemas", schemaJson("Bob " + UUID.randomUUID())).expect(201).headers().getLocation().toString();

        assertThat(bob.get("/api/seeds/" + seedId).status()).isEqualTo(404);
        assertThat(bob.get("/api/seeds/" + seedId + "/profile").status()).isEqualTo(404);
        assertThat(bob.post("/api/seeds/" + seedId + "/schema", "{}").status()).isEqualTo(404);
        assertThat(bob.post(bobSchema + "/validate", "{\"seedId\": \"" + seedId + "\"}").status()).isEqualTo(404);
        assertThat(bob.delete("/api/seeds/" + seedId, null).status()).isEqualTo(404);
        assertThat(bob.get("/api/seeds?size=100").body()).doesNotContain(seedId);
        assertThat(alice.get("/api/seeds/" + seedId).status()).isEqualTo(200);
    }

    private String uploadCsv(String csv) {
        return alice.upload("patients.csv", csv.getBytes(StandardCharsets.UTF_8)).expect(201).id();
    }

    private static byte[] inFormat(String fileName) throws IOException {
        String[] lines = CSV.strip().split("\n");
        String[] header = lines[0].split(",");
        if (fileName.endsWith(".csv")) {
            return CSV.getBytes(StandardCharsets.UTF_8);
        }
        if (fileName.endsWith(".xlsx")) {
            return workbook(header, lines);
        }
        StringBuilder json = new StringBuilder(fileName.endsWith(".json") ? "[" : "");
        for (int i = 1; i < lines.length; i++) {
            String[] values = lines[i].split(",");
            json.append(String.format("{\"%s\": \"%s\", \"%s\": %s, \"%s\": \"%s\", \"%s\": \"%s\"}",
                    header[0], values[0], header[1], values[1], header[2], values[2], header[3], values[3]));
            json.append(fileName.endsWith(".json") ? (i < lines.length - 1 ? "," : "]") : "\n");
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] workbook(String[] header, String[] lines) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("patients");
            for (int r = 0; r < lines.length; r++) {
                String[] values = r == 0 ? header : lines[r].split(",");
                var row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    if (r > 0 && c == 1) {
                        row.createCell(c).setCellValue(Double.parseDouble(values[c]));
                    } else {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
