package dev.synthesis.app.spa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.synthesis.app.support.IntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SPA's API types are generated from {@code frontend/openapi/synthesis-api.json}; this test
 * keeps that file equal to what the server publishes, so the types cannot drift from the server.
 * Run with {@code -Dsynthesis.openapi.update=true} (or {@code ./synthesis openapi}) to rewrite it.
 */
class OpenApiDocumentIT extends IntegrationTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("synthesis.openapi.document",
            "../../frontend/openapi/synthesis-api.json"));

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    @Test
    void theSpaIsBuiltAgainstTheDocumentTheServerPublishes() throws IOException {
        String published = canonical(anonymous().get("/v3/api-docs").expect(200).body());

        if (Boolean.getBoolean("synthesis.openapi.update")) {
            Files.writeString(DOCUMENT, published);
        }

        assertThat(Files.readString(DOCUMENT))
                .as("%s differs from /v3/api-docs: run ./synthesis openapi and commit it", DOCUMENT.toAbsolutePath().normalize())
                .isEqualTo(published);
    }

    /** Sorted keys and the server's address removed, so the file changes only when the API does. */
    private static String canonical(String document) {
        JsonNode tree = JSON.readTree(document);
        ((ObjectNode) tree).remove("servers");
        return JSON.writeValueAsString(JSON.treeToValue(tree, Object.class)) + "\n";
    }
}
