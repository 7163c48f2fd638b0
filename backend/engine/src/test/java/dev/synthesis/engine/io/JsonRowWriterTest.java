package dev.synthesis.engine.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.engine.schema.DataSchema;
import dev.synthesis.engine.schema.FieldDefinition;
import dev.synthesis.engine.schema.FieldType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonRowWriterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final DataSchema SCHEMA = new DataSchema("json", null, null, List.of(
            FieldDefinition.of("name", FieldType.STRING),
            FieldDefinition.of("count", FieldType.INTEGER),
            FieldDefinition.of("active", FieldType.BOOLEAN),
            new FieldDefinition("at", FieldType.DATETIME, null, null, null, null, "yyyy-MM-dd HH:mm", null, null, null, null),
            FieldDefinition.of("meta", FieldType.JSON)), null, null);
    private static final Object[] ROW = {"Ann", 3L, true, LocalDateTime.of(2024, 5, 1, 9, 15), "{\"k\":[1,2]}"};

    @Test
    void writesAnArrayOfObjectsWithNativeJsonValues() throws IOException {
        JsonNode written = JSON.readTree(write(OutputFormat.JSON, ROW, new Object[] {null, null, null, null, null}));

        assertThat(written.isArray()).isTrue();
        assertThat(written.size()).isEqualTo(2);
        JsonNode first = written.get(0);
        assertThat(first.get("count").isIntegralNumber()).isTrue();
        assertThat(first.get("active").isBoolean()).isTrue();
        assertThat(first.get("at").asString()).isEqualTo("2024-05-01 09:15");
        assertThat(first.get("meta").get("k").get(1).asInt()).isEqualTo(2);
        assertThat(written.get(1).get("name").isNull()).isTrue();
    }

    @Test
    void writesOneObjectPerLineForJsonLines() throws IOException {
        String lines = write(OutputFormat.JSONL, ROW, ROW, ROW);

        assertThat(lines.lines().toList()).hasSize(3).allSatisfy(line ->
                assertThat(line).isEqualTo("{\"name\":\"Ann\",\"count\":3,\"active\":true,\"at\":\"2024-05-01 09:15\",\"meta\":{\"k\":[1,2]}}"));
    }

    private static String write(OutputFormat format, Object[]... rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (RowWriter writer = RowWriters.open(format, out, SCHEMA)) {
            for (Object[] row : rows) {
                writer.accept(row);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
