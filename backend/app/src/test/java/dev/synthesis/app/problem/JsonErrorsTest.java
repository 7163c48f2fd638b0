package dev.synthesis.app.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.synthesis.app.generation.GenerationRequest;
import dev.synthesis.app.request.StrictJson;
import dev.synthesis.engine.schema.DataSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** JSON the API cannot read is described by path in words, never in Jackson's terms or Java's. */
class JsonErrorsTest {

    private static final JsonMapper JSON = StrictJson.configure(JsonMapper.builder()).build();
    private static final String SCHEMA_ID = "\"schemaId\": \"0b7e5d4c-1f2a-4c3b-9d8e-7f6a5b4c3d2e\"";

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "rows": 1.5                | rows: must be a whole number, got 1.5
            "rows": "ten"              | rows: must be a whole number
            "rows": "10"               | rows: must be a whole number
            "rows": true               | rows: must be a whole number
            "rows": 10000000000000000000 | rows: must be a whole number between -9223372036854775808 and 9223372036854775807
            "format": "avro"           | format: must be one of csv, jsonl, json, xlsx, parquet, got "avro"
            "sink": 5                  | sink: must be one of file, table
            "gzip": "yes"              | gzip: must be true or false
            "seed": "12x"              | seed: must be a whole number, got "12x"
            "seed": 2.5                | seed: must be a whole number
            "colour": "red"            | colour: is not a property here; known properties are format, gzip, rows, schemaId, seed, sink
            """)
    void describesAGenerationRequestItCannotReadInWords(String member, String detail) {
        assertThat(describe("{" + SCHEMA_ID + ", " + member + "}", GenerationRequest.class).detail()).startsWith(detail);
    }

    @Test
    void acceptsSeedsAsNumbersOrStringsOfDigitsAndFormatsInAnyCase() {
        GenerationRequest request = JSON.readValue("{" + SCHEMA_ID + ", \"rows\": 5, \"seed\": \"8072165390114558381\", \"format\": \"JSONL\"}",
                GenerationRequest.class);

        assertThat(request.seed()).isEqualTo(8_072_165_390_114_558_381L);
        assertThat(request.formatOrDefault()).isEqualTo("jsonl");
    }

    @Test
    void namesTheNestedPathAndKeepsOurOwnReasons() {
        JsonErrors.JsonError type = describe("{\"name\": \"x\", \"fields\": [{\"name\": \"a\", \"type\": \"strnig\"}]}", DataSchema.class);
        JsonErrors.JsonError length = describe("{\"name\": \"x\", \"fields\": [{\"name\": \"a\", \"type\": \"string\","
                + " \"constraints\": {\"minLength\": \"abc\"}}]}", DataSchema.class);
        JsonErrors.JsonError nulls = describe("{\"name\": \"x\", \"fields\": [{\"name\": \"a\", \"type\": \"string\","
                + " \"constraints\": {\"enum\": [null]}}]}", DataSchema.class);

        assertThat(type.path()).isEqualTo("fields[0].type");
        assertThat(type.message()).startsWith("unknown field type 'strnig'");
        assertThat(length.detail()).isEqualTo("fields[0].constraints.minLength: must be a whole number");
        assertThat(nulls.detail()).isEqualTo("fields[0].constraints: must not be null or hold nulls");
        assertThat(describe("{\"name\": \"x\", \"fields\": [{\"name\": \"a\", \"type\": \"integer\","
                + " \"constraints\": {\"min\": {\"a\": 1}}}]}", DataSchema.class).detail())
                .isEqualTo("fields[0].constraints.min: a bound is a number or an ISO-8601 date, not an object or a list");
    }

    @Test
    void describesMalformedJsonByItsPlace() {
        assertThat(describe("{\"name\": ", DataSchema.class).detail()).startsWith("the request body: is not valid JSON (line 1, column");
        assertThat(describe("[1, 2]", DataSchema.class).detail()).isEqualTo("the request body: must be an object");
    }

    private static JsonErrors.JsonError describe(String json, Class<?> type) {
        JacksonException failure = catchThrowableOfType(JacksonException.class, () -> JSON.readValue(json, type));
        JsonErrors.JsonError error = JsonErrors.describe(failure);
        assertThat(error.detail()).doesNotContain("java.", "tools.jackson", "dev.synthesis", "Exception", "`");
        return error;
    }
}
